package dev.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option every archive command shares (a picocli mixin): where the archive lives, from
 * --data, else $DOSSIER_DATA, else ./dossier-data.
 */
final class DataDir {
  @Option(names = "--data", description = "archive folder (default: $DOSSIER_DATA or ./dossier-data)")
  Path data;

  /** Opens the archive that must already exist, or says in one line how to make one. */
  dev.dossier.archive.Archive openExisting() {
    Path folder = folder();
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new Main.UserError("no archive in " + folder + ": run dossier ingest first");
    }
    try {
      return dev.dossier.archive.Archive.open(folder);
    } catch (dev.dossier.archive.ArchiveException e) {
      throw new Main.UserError(e.getMessage());
    }
  }

  Path folder() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("DOSSIER_DATA");
    return Path.of(env != null && !env.isBlank() ? env : "dossier-data");
  }
}
