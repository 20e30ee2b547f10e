package dev.dossier.analyze.summary;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Picks one of a cluster's {@link SummaryCandidates}: a LightGBM model over {@link CandidateFeatures} that
 * predicts how much better (in ROUGE-1 + ROUGE-2 F against the reference) a candidate is than the default
 * selection. The default stays unless some candidate is predicted better. Trained by {@code dossier train
 * --data ...} after the sentence scorer, on training clusters; the shipped model is a resource next to this class.
 */
public final class SummaryReranker {
  public static final String RESOURCE = "summary-reranker.lgbm.txt";
  /** Provenance of the shipped reranker. */
  public static final String PROPERTIES = "summary-reranker.properties";
  private final LGBMBooster booster;

  private SummaryReranker(LGBMBooster booster) {
    this.booster = booster;
  }

  public static SummaryReranker fromModelString(String model) {
    try {
      LGBMBooster b = LGBMBooster.loadModelFromString(model);
      if (b.getNumFeature() != CandidateFeatures.COUNT) {
        throw new IllegalArgumentException("reranker expects " + b.getNumFeature() + " features, this version computes "
            + CandidateFeatures.COUNT + ": retrain with dossier train --reranker");
      }
      return new SummaryReranker(b);
    } catch (LGBMException e) {
      throw new IllegalArgumentException("not a LightGBM model: " + e.getMessage(), e);
    }
  }

  /** The shipped reranker, or null if the build has none. */
  public static SummaryReranker shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final SummaryReranker SHIPPED = load();
  }

  private static SummaryReranker load() {
    try (InputStream in = SummaryReranker.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : fromModelString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Predicted gain over the default of each candidate (the default's own row included). */
  public double[] predict(float[] matrix, int rows) {
    try {
      synchronized (booster) {
        return booster.predictForMat(matrix, rows, CandidateFeatures.COUNT, true, PredictionType.C_API_PREDICT_NORMAL);
      }
    } catch (LGBMException e) {
      throw new IllegalStateException("reranking failed: " + e.getMessage(), e);
    }
  }

  /** The index of the candidate to use: the best predicted (the default, at 0, when none is predicted better). */
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
