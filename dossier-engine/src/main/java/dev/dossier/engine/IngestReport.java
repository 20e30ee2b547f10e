package dev.dossier.engine;

import java.util.Map;

/**
 * What one ingest did.
 *
 * @param added new articles stored
 * @param copies of those, how many were linked to an original they copy
 * @param present articles already in the archive (nothing added)
 * @param skipped items that could not be read or had no text; {@code skipReasons} counts them by
 *     reason
 * @param replayed archived articles replayed into the grouping state before reading
 * @param archiveSize articles in the archive afterwards
 * @param stories stories the clusterer holds afterwards
 */
public record IngestReport(
    int added,
    int copies,
    int present,
    int skipped,
    Map<String, Integer> skipReasons,
    int replayed,
    int archiveSize,
    int stories,
    double seconds) {
  public IngestReport {
    skipReasons = Map.copyOf(skipReasons);
  }

  public double articlesPerSecond() {
    return (added + present) / Math.max(seconds, 1e-9);
  }
}
