package dev.dossier.engine;

/**
 * What the engine reports while it works: progress on long work and warnings about skipped input.
 * The engine never prints; an app decides how to show these (a progress bar, a log, nothing). Calls
 * may come from several threads at once, so an implementation must be thread-safe.
 */
public interface ProgressListener {
  /** Shows nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * A new piece of work begins.
   *
   * @param total how many units it has, or -1 when unknown until done
   */
  default void begin(String task, long total, String unit) {}

  /** {@code units} more units are done. */
  default void step(long units) {}

  /** A short note on what is happening now ("loading language models"), or "" to clear it. */
  default void note(String message) {}

  /** Something was skipped or degraded; the work goes on. */
  default void warn(String message) {}

  /** The piece of work begun last has ended. */
  default void end() {}
}
