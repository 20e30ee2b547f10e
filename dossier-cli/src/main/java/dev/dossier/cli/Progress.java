package dev.dossier.cli;

import dev.dossier.engine.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The engine's progress shown on stderr as a progress bar, and its warnings as lines above the bar:
 * a warning first wipes the bar's line, so the two never run into each other (the bar redraws
 * itself on its next tick). With {@code quiet}, nothing at all. Thread-safe.
 */
final class Progress implements ProgressListener, AutoCloseable {
  private static final int REFRESH_MILLIS = 500;
  private static final int DEFAULT_WIDTH = 100;
  private final PrintStream err;
  private final boolean quiet;
  private ProgressBar bar;

  Progress(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** A bar that begins at once: for a command's own loop rather than the engine's. */
  Progress(String task, long max, String unit, boolean quiet) {
    this(System.err, quiet);
    begin(task, max, unit);
  }

  @Override
  public synchronized void begin(String task, long total, String unit) {
    end();
    if (quiet) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(REFRESH_MILLIS)
            .setConsumer(new ConsoleProgressBarConsumer(err, width()))
            .build();
  }

  /**
   * The bar's width: $COLUMNS where the shell exports it, else {@value #DEFAULT_WIDTH}. Given, so
   * that the progress bar library does not start a terminal library to ask (measured: 1.5 s of a 7
   * s briefing).
   */
  private static int width() {
    try {
      String columns = System.getenv("COLUMNS");
      return columns == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  @Override
  public synchronized void step(long units) {
    if (bar != null) {
      bar.stepBy(units);
    }
  }

  void step(int units) {
    step((long) units);
  }

  @Override
  public synchronized void note(String message) {
    if (bar != null) {
      bar.setExtraMessage(message);
    } else if (!quiet && !message.isEmpty()) {
      err.println(message);
    }
  }

  @Override
  public synchronized void warn(String message) {
    if (quiet) {
      return;
    }
    if (bar != null) {
      // Wipe the bar's line (carriage return, erase to the end of the line) before the warning.
      err.print("\r\u001b[K");
    }
    err.println("warning: " + message);
    err.flush();
  }

  void extraMessage(String m) {
    note(m);
  }

  @Override
  public synchronized void end() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public void close() {
    end();
  }
}
