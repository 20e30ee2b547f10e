package dev.dossier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date that relative expressions are resolved against, and a sentence saying how it was found.
 * {@code date} is null when nothing in metadata or text allows an inference.
 */
public record ReferenceDate(LocalDate date, String basis) {
  public ReferenceDate {
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * How far the date can be trusted: "high" when the user or the article's metadata gave it,
   * "medium" or "low" as the inference's basis states, null when there is no date.
   */
  public String confidence() {
    if (date == null) {
      return null;
    }
    if (basis.contains("Confidence: low")) {
      return "low";
    }
    return basis.contains("Confidence: medium") ? "medium" : "high";
  }
}
