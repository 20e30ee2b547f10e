package dev.dossier.analyze.summary;

import java.util.List;

/**
 * Picks one of a cluster's {@link SummaryCandidates}: a LightGBM model over {@link
 * CandidateFeatures} that predicts how much better (in ROUGE-1 + ROUGE-2 F against the reference) a
 * candidate is than the default selection. The default stays unless some candidate is predicted
 * better. Trained by {@code dossier train --data ...} after the sentence scorer, on training
 * clusters; the shipped model is a resource next to this class.
 */
public final class SummaryReranker {
  public static final String RESOURCE = "summary-reranker.lgbm.txt";

  /** Provenance of the shipped reranker. */
  public static final String PROPERTIES = "summary-reranker.properties";

  private final LightGbmModel model;

  private SummaryReranker(LightGbmModel model) {
    this.model = model;
  }

  public static SummaryReranker fromModelString(String model) {
    return new SummaryReranker(
        LightGbmModel.fromString(model, CandidateFeatures.COUNT, "reranker", "dossier train"));
  }

  /** The shipped reranker, or null if the build has none. */
  public static SummaryReranker shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final SummaryReranker SHIPPED = load();
  }

  private static SummaryReranker load() {
    String text = LightGbmModel.resource(SummaryReranker.class, RESOURCE);
    return text == null ? null : fromModelString(text);
  }

  /** Predicted gain over the default of each candidate (the default's own row included). */
  public double[] predict(float[] matrix, int rows) {
    return model.predict(matrix, rows);
  }

  /**
   * The index of the candidate to use: the best predicted (the default, at 0, when none is
   * predicted better).
   */
  public int pick(List<List<Selection>> candidates, float[] matrix) {
    double[] p = predict(matrix, candidates.size());
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }
}
