package dev.dossier.group.cluster;

/**
 * Settings of the online clusterer, with bounds checked.
 *
 * @param threshold mean cosine to a story's articles from which an article joins it
 * @param docTerms terms kept per article vector
 * @param centroidTerms terms kept per story centroid
 * @param windowDays articles further apart in time than this are much less likely to join
 */
public record ClustererOptions(double threshold, int docTerms, int centroidTerms, int windowDays) {
  public ClustererOptions {
    if (threshold <= 0
        || threshold >= 1
        || docTerms < 5
        || centroidTerms < docTerms
        || windowDays < 1) {
      throw new IllegalArgumentException(
          "bad clusterer options: "
              + threshold
              + ", "
              + docTerms
              + ", "
              + centroidTerms
              + ", "
              + windowDays);
    }
  }

  /** Threshold chosen on Multi-News training clusters (see README), not on the evaluation data. */
  public static ClustererOptions defaults() {
    return new ClustererOptions(0.07, 150, 450, 7);
  }

  public ClustererOptions withThreshold(double t) {
    return new ClustererOptions(t, docTerms, centroidTerms, windowDays);
  }
}
