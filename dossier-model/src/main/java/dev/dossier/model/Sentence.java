package dev.dossier.model;

import java.util.List;

/** A sentence of an article: its index in that article's cleaned text, its span and its tokens. */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index " + index);
    }
    tokens = List.copyOf(tokens);
  }

  public String text(String articleText) {
    return span.of(articleText);
  }
}
