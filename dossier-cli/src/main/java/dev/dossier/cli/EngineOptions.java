package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option the commands that run the engine share (a picocli mixin), and the
 * one place a command builds its engine: an option out of bounds is a usage error (exit 2),
 * reported as the engine words it.
 */
final class EngineOptions {
  @Option(names = "--threads", description = "worker threads (default: number of cores)")
  Integer threads;

  Dossier engine(Integer summaryWords) {
    try {
      Dossier.Builder b = Dossier.builder();
      if (threads != null) {
        b.threads(threads);
      }
      if (summaryWords != null) {
        b.summaryWords(summaryWords);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError(e.getMessage());
    }
  }

  int threadCount() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
