package dev.dossier.analyze.summary;

/**
 * A trained LightGBM model that scores sentences from their {@link SentenceFeatures}: the
 * probability that a sentence belongs in a good summary. The shipped model is a resource next to
 * this class (see {@code sentence-scorer.properties} for its provenance); {@code dossier train}
 * makes new ones.
 */
public final class SentenceScorer {
  public static final String RESOURCE = "sentence-scorer.lgbm.txt";
  private final LightGbmModel model;

  private SentenceScorer(LightGbmModel model) {
    this.model = model;
  }

  public static SentenceScorer fromModelString(String model) {
    return new SentenceScorer(
        LightGbmModel.fromString(model, SentenceFeatures.COUNT, "model", "dossier train"));
  }

  /** The model shipped with Dossier, loaded once. */
  public static SentenceScorer shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final SentenceScorer SHIPPED = load();
  }

  private static SentenceScorer load() {
    String text = LightGbmModel.resource(SentenceScorer.class, RESOURCE);
    if (text == null) {
      throw new IllegalStateException(
          "the sentence scorer model " + RESOURCE + " is missing from the build");
    }
    return fromModelString(text);
  }

  /** Provenance and tuned settings of the shipped model. */
  public static final String PROPERTIES = "sentence-scorer.properties";

  /**
   * The stopping threshold tuned with the shipped model ({@code stop_below}), or no stopping if
   * absent.
   */
  public static double shippedStopThreshold() {
    String text = LightGbmModel.resource(SentenceScorer.class, PROPERTIES);
    if (text == null) {
      return Double.NEGATIVE_INFINITY;
    }
    java.util.Properties p = new java.util.Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return stopThreshold(p);
  }

  public static double stopThreshold(java.util.Properties p) {
    String v = p.getProperty("stop_below");
    return v == null || v.isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(v.strip());
  }

  /** One score per row of the row-major feature matrix. */
  public double[] score(float[] matrix, int rows) {
    return model.predict(matrix, rows);
  }
}
