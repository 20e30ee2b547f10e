package dev.dossier.analyze.summary;

import java.util.List;

/**
 * What the summarizer reads: documents as lists of sentences with their words. Built from fully annotated
 * articles for briefings, or from a fast sentence splitter for batch summarization, so the summarizer
 * depends on neither.
 */
public record SummaryInput(List<Doc> docs) {
  public SummaryInput {
    docs = List.copyOf(docs);
  }

  public record Doc(String id, List<Sent> sentences) {
    public Doc {
      sentences = List.copyOf(sentences);
    }
  }

  /** A sentence: its index in the document, its verbatim text and its lowercased word tokens. */
  public record Sent(int index, String text, List<String> words) {
    public Sent {
      words = List.copyOf(words);
    }
  }
}
