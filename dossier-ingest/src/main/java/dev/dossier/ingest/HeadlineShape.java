package dev.dossier.ingest;

import java.util.List;

/**
 * Whether the first line of an untitled text is its headline: short, and not ending like a body sentence
 * (headlines drop the full stop; a question or exclamation mark is allowed).
 */
final class HeadlineShape {
  private HeadlineShape() {}

  static boolean isHeadline(List<String> paragraphs) {
    if (paragraphs.size() < 2) {
      return false;
    }
    String first = paragraphs.get(0);
    int words = first.split("\\s+").length;
    char last = first.charAt(first.length() - 1);
    return words >= 2 && words <= 25 && last != '.' && last != ':' && last != ',' && last != '"' && last != '”';
  }
}
