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
}
