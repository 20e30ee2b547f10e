package dev.dossier.model;

/** Evidence for a statement: a sentence of an article, resolvable to its verbatim text. */
public record Citation(String articleId, int sentence) {
  public Citation {
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence " + sentence);
    }
  }
}
