package dev.dossier.render;
