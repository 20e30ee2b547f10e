package dev.dossier.group.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Settings of the clusterer, with bounds checked.
 *
 * @param threshold mean cosine to a story's articles from which an article joins it in the online
 *     pass
 * @param mergeThreshold mean cosine between two stories' articles from which the merge pass joins
 *     them
 * @param docTerms terms kept per article vector
 * @param centroidTerms terms kept per story centroid
 * @param windowDays articles further apart in time than this need more similarity to join
 */
public record ClustererOptions(
    double threshold, double mergeThreshold, int docTerms, int centroidTerms, int windowDays) {
  public ClustererOptions {
    if (threshold <= 0
        || threshold >= 1
        || mergeThreshold <= 0
        || mergeThreshold >= 1
        || docTerms < 5
        || centroidTerms < docTerms
        || windowDays < 1) {
      throw new IllegalArgumentException(
          "bad clusterer options: "
              + threshold
              + ", "
              + mergeThreshold
              + ", "
              + docTerms
              + ", "
              + centroidTerms
              + ", "
              + windowDays);
    }
  }

  /**
   * Thresholds chosen on dev100 with DUC 2004 in one stream (see docs/evaluation.md), not on the
   * held-out data.
   */
  public static ClustererOptions defaults() {
    return new ClustererOptions(0.2, 0.1, 300, 900, 7);
  }

  public ClustererOptions withThreshold(double t) {
    return new ClustererOptions(t, mergeThreshold, docTerms, centroidTerms, windowDays);
  }

  public ClustererOptions withMergeThreshold(double t) {
    return new ClustererOptions(threshold, t, docTerms, centroidTerms, windowDays);
  }

  public ClustererOptions withDocTerms(int n) {
    return new ClustererOptions(
        threshold, mergeThreshold, n, Math.max(centroidTerms, n * 3), windowDays);
  }

  void writeTo(DataOutput out) throws IOException {
    out.writeDouble(threshold);
    out.writeDouble(mergeThreshold);
    out.writeInt(docTerms);
    out.writeInt(centroidTerms);
    out.writeInt(windowDays);
  }

  static ClustererOptions readFrom(DataInput in) throws IOException {
    return new ClustererOptions(
        in.readDouble(), in.readDouble(), in.readInt(), in.readInt(), in.readInt());
  }
}
