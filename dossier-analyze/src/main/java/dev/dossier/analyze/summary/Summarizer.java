package dev.dossier.analyze.summary;

import java.util.List;

/**
 * An extractive multi-document summarizer: picks source sentences, verbatim, within a word budget.
 */
public interface Summarizer {
  String name();

  /** Selected sentences in reading order; never two near-identical ones. */
  List<Selection> summarize(SummaryInput input, int words);
}
