package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with everything the annotation stage found in it. All spans point into {@code
 * article.text()}.
 */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<Quote> quotes,
    List<DateMention> dates) {
  public AnnotatedArticle {
    Objects.requireNonNull(article);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
  }

  public String text() {
    return article.text();
  }

  public String sentenceText(int index) {
    return sentences.get(index).text(article.text());
  }

  /** Index of the sentence containing the character offset, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
