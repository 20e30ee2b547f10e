/**
 * The {@code dossier} command line: picocli commands that parse options, call the engine and print.
 */
package dev.dossier.cli;
