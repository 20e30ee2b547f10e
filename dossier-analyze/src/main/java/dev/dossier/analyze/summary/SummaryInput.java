package dev.dossier.analyze.summary;

import java.util.List;

/**
 * What the summarizer reads: documents as lists of sentences with their words. Built from fully
 * annotated articles for briefings, or from a fast sentence splitter for batch summarization, so
 * the summarizer depends on neither.
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

  /**
   * A sentence: its index in the document, its verbatim text, its lowercased word tokens, whether
   * it may be quoted on its own (a sentence cut inside a quotation may not: see {@link
   * SummaryInputs}), and whether it leans on the sentence before it ({@link BackReference}: "He was
   * later released."), so that a summary quotes it only right after that sentence. It is scored
   * either way, since it still tells what the document is about.
   */
  public record Sent(
      int index, String text, List<String> words, boolean standsAlone, boolean leansBack) {
    public Sent {
      words = List.copyOf(words);
    }

    public Sent(int index, String text, List<String> words, boolean standsAlone) {
      this(index, text, words, standsAlone, false);
    }

    public Sent(int index, String text, List<String> words) {
      this(index, text, words, true, false);
    }

    /**
     * Its length as a word budget counts it: the white-space separated words of its text, 0 for a
     * sentence with no statement. The window, the scorer's features and the baselines all count
     * this way, as ROUGE's budget cut does.
     */
    public int length() {
      String t = text.strip();
      return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
  }
}
