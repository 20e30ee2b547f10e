package dev.dossier.cli;

import java.nio.file.Path;

/** Where the archive lives: --data, else $DOSSIER_DATA, else ./dossier-data. */
final class DataDir {
  private DataDir() {}

  /** Opens the archive that must already exist, or says in one line how to make one. */
  static dev.dossier.archive.Archive openExisting(Path option) {
    Path folder = resolve(option);
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new Main.UserError("no archive in " + folder + ": run dossier ingest first");
    }
    try {
      return dev.dossier.archive.Archive.open(folder);
    } catch (dev.dossier.archive.ArchiveException e) {
      throw new Main.UserError(e.getMessage());
    }
  }

  static Path resolve(Path option) {
    if (option != null) {
      return option;
    }
    String env = System.getenv("DOSSIER_DATA");
    return Path.of(env != null && !env.isBlank() ? env : "dossier-data");
  }
}
