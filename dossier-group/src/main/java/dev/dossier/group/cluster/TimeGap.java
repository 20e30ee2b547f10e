package dev.dossier.group.cluster;

/**
 * How far apart in time weighs on grouping: within the window nothing changes; beyond it, the
 * similarity needed grows slowly with the gap (a story can run for months, and a topic stream such
 * as DUC 2004's follows one person over years, so a hard cut loses more than it saves).
 */
final class TimeGap {
  /**
   * Per doubling of the gap beyond the window, the similarity counts this much less. Chosen on
   * dev100 with DUC 2004 (dated) in one stream: see docs/evaluation.md.
   */
  static final double PER_DOUBLING = 0.1;

  private TimeGap() {}

  /**
   * @param days days between an article (or story) and a story's span, -1 when either is undated
   */
  static double factor(long days, int windowDays) {
    if (days <= windowDays) {
      return 1;
    }
    double doublings = Math.log((double) days / windowDays) / Math.log(2);
    return 1 / (1 + PER_DOUBLING * doublings);
  }
}
