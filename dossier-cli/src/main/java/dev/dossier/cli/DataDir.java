package dev.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option every archive command shares (a picocli mixin): where the archive
 * lives, from --data, else $DOSSIER_DATA, else ./dossier-data.
 */
final class DataDir {
  @Option(
      names = "--data",
      description = "archive folder (default: $DOSSIER_DATA or ./dossier-data)")
  Path data;

  Path folder() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("DOSSIER_DATA");
    return Path.of(env != null && !env.isBlank() ? env : "dossier-data");
  }
}
