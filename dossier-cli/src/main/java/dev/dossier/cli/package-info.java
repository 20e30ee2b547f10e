package dev.dossier.cli;
