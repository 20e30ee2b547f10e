package dev.dossier.analyze;

/** Typed options of a briefing, with bounds checked. */
public record BriefingOptions(
    int summaryWords, int maxEntities, int maxFacts, int exclusivePerSource) {
  public static final int DEFAULT_WORDS = 200;

  public BriefingOptions {
    if (summaryWords < 10 || summaryWords > 5000) {
      throw new IllegalArgumentException(
          "summary words must be between 10 and 5000: " + summaryWords);
    }
    if (maxEntities < 0 || maxFacts < 0 || exclusivePerSource < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  /** Default limits with another summary length. */
  public static BriefingOptions withWords(int words) {
    return new BriefingOptions(words, 40, 15, 5);
  }

  public static BriefingOptions defaults() {
    return new BriefingOptions(DEFAULT_WORDS, 40, 15, 5);
  }
}
