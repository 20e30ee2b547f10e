package dev.dossier.model;

import java.util.Objects;

/** A token with its linguistic annotations; {@code ner} is "O" outside named entities. */
public record Token(Span span, String word, String lemma, String pos, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    lemma = lemma == null ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null ? "O" : ner;
  }
}
