package dev.dossier.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The comparison form of a text: lowercase letters and digits, runs of anything else folded to one
 * space. Two sentences with the same key say the same words (syndicated copies, quotes carried by
 * two outlets).
 */
public record TextKey(String value) {
  public TextKey {
    Objects.requireNonNull(value);
  }

  public static TextKey of(String text) {
    return new TextKey(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
  }
}
