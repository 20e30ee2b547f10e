package dev.dossier.analyze;
