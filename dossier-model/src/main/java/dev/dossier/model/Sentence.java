package dev.dossier.model;

import java.util.List;

/**
 * A sentence of an article: its index in that article's cleaned text, its span, its tokens, and
 * where its statement begins (an offset in the article's text inside the span). Page furniture
 * glued to a sentence's front by scraping (a dateline, a caption label) is part of the source text
 * but not of what the sentence states; annotation finds it once, and every part of the briefing
 * quotes the statement.
 */
public record Sentence(int index, Span span, List<Token> tokens, int statementBegin) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index " + index);
    }
    if (statementBegin < span.begin() || statementBegin > span.end()) {
      throw new IllegalArgumentException(
          "statement begins at " + statementBegin + ", outside " + span);
    }
    tokens = List.copyOf(tokens);
  }

  /** A sentence whose statement is the whole sentence. */
  public Sentence(int index, Span span, List<Token> tokens) {
    this(index, span, tokens, span.begin());
  }

  public String text(String articleText) {
    return span.of(articleText);
  }

  /** Whether the sentence states anything: a caption or a run of page furniture does not. */
  public boolean hasStatement() {
    return statementBegin < span.end();
  }

  /**
   * The sentence from where its statement begins; empty when the sentence is only page furniture.
   */
  public String statement(String articleText) {
    return articleText.substring(statementBegin, span.end());
  }
}
