package dev.dossier.cli;

import java.nio.file.Path;

/** Where the archive lives: --data, else $DOSSIER_DATA, else ./dossier-data. */
final class DataDir {
  private DataDir() {}

  static Path resolve(Path option) {
    if (option != null) {
      return option;
    }
    String env = System.getenv("DOSSIER_DATA");
    return Path.of(env != null && !env.isBlank() ? env : "dossier-data");
  }
}
