package dev.dossier.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, or nothing when quiet. Thread-safe, as ProgressBar is. */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  Progress(String task, long max, String unit, boolean quiet) {
    this.bar = quiet ? null : new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(" " + unit, 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
        .build();
  }

  void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  void extraMessage(String m) {
    if (bar != null) {
      bar.setExtraMessage(m);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
