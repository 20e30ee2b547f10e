package dev.dossier.analyze.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of a cluster in one list, in document order, each with its content-word counts and
 * its TF-IDF vector (IDF over the cluster's own sentences: log(1 + n / df)). Shared by the learned
 * scorer's features and the classic baselines, so they compare the same representation.
 */
public final class SentenceVectors {
  /**
   * One sentence: its document, the sentence, its word count, its term counts and its TF-IDF
   * vector.
   */
  public record Entry(
      int doc,
      SummaryInput.Sent sent,
      int words,
      Map<String, Integer> tf,
      Map<String, Double> vector) {}

  private SentenceVectors() {}

  public static List<Entry> of(SummaryInput input) {
    List<Map<String, Integer>> tfs = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (SummaryInput.Doc d : input.docs()) {
      for (SummaryInput.Sent s : d.sentences()) {
        Map<String, Integer> tf = TermVectors.counts(s.words());
        tfs.add(tf);
        tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      }
    }
    Map<String, Double> idf = new HashMap<>();
    int n = Math.max(1, tfs.size());
    df.forEach((t, c) -> idf.put(t, Math.log(1.0 + n / (double) c)));
    List<Entry> out = new ArrayList<>(tfs.size());
    int k = 0;
    for (int d = 0; d < input.docs().size(); d++) {
      for (SummaryInput.Sent s : input.docs().get(d).sentences()) {
        Map<String, Integer> tf = tfs.get(k++);
        out.add(new Entry(d, s, s.length(), tf, TermVectors.tfidf(tf, idf)));
      }
    }
    return out;
  }
}
