package dev.dossier.analyze;

/** Typed options of a briefing, with bounds checked. */
public record BriefingOptions(int summaryWords, int maxEntities) {
  public static final int DEFAULT_WORDS = 200;

  public BriefingOptions {
    if (summaryWords < 10 || summaryWords > 5000) {
      throw new IllegalArgumentException("summary words must be between 10 and 5000: " + summaryWords);
    }
    if (maxEntities < 0) {
      throw new IllegalArgumentException("maxEntities must not be negative: " + maxEntities);
    }
  }

  public static BriefingOptions defaults() {
    return new BriefingOptions(DEFAULT_WORDS, 40);
  }
}
