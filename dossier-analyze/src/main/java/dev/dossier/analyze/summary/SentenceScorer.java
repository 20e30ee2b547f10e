package dev.dossier.analyze.summary;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A trained LightGBM model that scores sentences from their {@link SentenceFeatures}: the probability that
 * a sentence belongs in a good summary. The shipped model is a resource next to this class (see
 * {@code sentence-scorer.properties} for its provenance); {@code dossier train} makes new ones.
 */
public final class SentenceScorer {
  public static final String RESOURCE = "sentence-scorer.lgbm.txt";
  private final LGBMBooster booster;

  private SentenceScorer(LGBMBooster booster) {
    this.booster = booster;
  }

  public static SentenceScorer fromModelString(String model) {
    try {
      LGBMBooster b = LGBMBooster.loadModelFromString(model);
      if (b.getNumFeature() != SentenceFeatures.COUNT) {
        throw new IllegalArgumentException("model expects " + b.getNumFeature() + " features, this version computes "
            + SentenceFeatures.COUNT + ": retrain with dossier train");
      }
      return new SentenceScorer(b);
    } catch (LGBMException e) {
      throw new IllegalArgumentException("not a LightGBM model: " + e.getMessage(), e);
    }
  }

  /** The model shipped with Dossier, loaded once. */
  public static SentenceScorer shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final SentenceScorer SHIPPED = load();
  }

  private static SentenceScorer load() {
    try (InputStream in = SentenceScorer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the sentence scorer model " + RESOURCE + " is missing from the build");
      }
      return fromModelString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Provenance and tuned settings of the shipped model. */
  public static final String PROPERTIES = "sentence-scorer.properties";

  /** The stopping threshold tuned with the shipped model ({@code stop_below}), or no stopping if absent. */
  public static double shippedStopThreshold() {
    try (InputStream in = SentenceScorer.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        return Double.NEGATIVE_INFINITY;
      }
      java.util.Properties p = new java.util.Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return stopThreshold(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static double stopThreshold(java.util.Properties p) {
    String v = p.getProperty("stop_below");
    return v == null || v.isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(v.strip());
  }

  /** One score per row of the row-major feature matrix. */
  public double[] score(float[] matrix, int rows) {
    if (rows == 0) {
      return new double[0];
    }
    try {
      // LightGBM's C API allows concurrent prediction, but its Java wrapper keeps no such promise.
      synchronized (booster) {
        return booster.predictForMat(matrix, rows, SentenceFeatures.COUNT, true, PredictionType.C_API_PREDICT_NORMAL);
      }
    } catch (LGBMException e) {
      throw new IllegalStateException("sentence scoring failed: " + e.getMessage(), e);
    }
  }
}
