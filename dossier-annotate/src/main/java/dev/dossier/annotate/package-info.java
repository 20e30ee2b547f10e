package dev.dossier.annotate;
