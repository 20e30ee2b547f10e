package dev.dossier.eval.data;

import java.util.List;

/**
 * One evaluation example: the documents of a story and its reference summaries (one or more), and
 * which documents an external filter judged on topic ({@code kept}; all when the data says
 * nothing).
 */
public record EvalCluster(
    String id, List<String> documents, List<String> summaries, List<Integer> kept) {
  public EvalCluster {
    documents = List.copyOf(documents);
    summaries = List.copyOf(summaries);
    kept = List.copyOf(kept);
  }

  public EvalCluster(String id, List<String> documents, List<String> summaries) {
    this(
        id,
        documents,
        summaries,
        java.util.stream.IntStream.range(0, documents.size()).boxed().toList());
  }
}
