package dev.dossier.eval.data;

import java.util.List;

/** One evaluation example: the documents of a story and its reference summaries (one or more). */
public record EvalCluster(String id, List<String> documents, List<String> summaries) {
  public EvalCluster {
    documents = List.copyOf(documents);
    summaries = List.copyOf(summaries);
  }
}
