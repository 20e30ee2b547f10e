package dev.dossier.analyze.summary;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A LightGBM model over a fixed number of features, loaded from its text form: what {@link
 * SentenceScorer} and {@link SummaryReranker} share. A model trained for another feature set is
 * refused with a hint.
 */
final class LightGbmModel {
  private final LGBMBooster booster;
  private final int features;

  private LightGbmModel(LGBMBooster booster, int features) {
    this.booster = booster;
    this.features = features;
  }

  /**
   * @param what names the model in errors ("model", "reranker"); @param retrain how to make a
   *     fitting one
   */
  static LightGbmModel fromString(String model, int features, String what, String retrain) {
    NativeLightGbm.load();
    try {
      LGBMBooster b = LGBMBooster.loadModelFromString(model);
      if (b.getNumFeature() != features) {
        throw new IllegalArgumentException(
            what
                + " expects "
                + b.getNumFeature()
                + " features, this version computes "
                + features
                + ": retrain with "
                + retrain);
      }
      return new LightGbmModel(b, features);
    } catch (LGBMException e) {
      throw new IllegalArgumentException("not a LightGBM model: " + e.getMessage(), e);
    }
  }

  /** The text of a resource next to {@code owner}, or null if the build has none. */
  static String resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One prediction per row of the row-major matrix. */
  double[] predict(float[] matrix, int rows) {
    if (rows == 0) {
      return new double[0];
    }
    try {
      // LightGBM's C API allows concurrent prediction, but its Java wrapper keeps no such promise.
      synchronized (booster) {
        return booster.predictForMat(
            matrix, rows, features, true, PredictionType.C_API_PREDICT_NORMAL);
      }
    } catch (LGBMException e) {
      throw new IllegalStateException("prediction failed: " + e.getMessage(), e);
    }
  }
}
