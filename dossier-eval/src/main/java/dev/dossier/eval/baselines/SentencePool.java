package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.SentenceVectors;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.TermVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sentences of a cluster in one list, with TF-IDF vectors (IDF over the cluster's sentences).
 */
final class SentencePool {
  final List<Entry> entries;

  /** A sentence with its vectors (see {@link SentenceVectors}). */
  record Entry(
      int doc,
      SummaryInput.Sent sent,
      int words,
      Map<String, Integer> tf,
      Map<String, Double> vector) {
    Selection selection() {
      return new Selection(
          doc, sent.index(), sent.text(), List.of(new Selection.Ref(doc, sent.index())));
    }
  }

  SentencePool(SummaryInput input) {
    entries =
        SentenceVectors.of(input).stream()
            .map(e -> new Entry(e.doc(), e.sent(), e.words(), e.tf(), e.vector()))
            .toList();
  }

  int size() {
    return entries.size();
  }

  double cosine(int a, int b) {
    return TermVectors.cosine(entries.get(a).vector(), entries.get(b).vector());
  }

  /** Sentences in the given order until the word budget is reached, skipping exact repeats. */
  List<Selection> fill(List<Integer> order, int words) {
    List<Selection> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int total = 0;
    for (int i : order) {
      if (total >= words) {
        break;
      }
      Entry e = entries.get(i);
      if (seen.add(dev.dossier.model.TextKey.of(e.sent().text()).value())) {
        out.add(e.selection());
        total += e.words();
      }
    }
    return out;
  }

  /**
   * The symmetric graph of all sentence pairs weighted by {@code similarity}; the diagonal is zero.
   */
  double[][] graph(java.util.function.ToDoubleBiFunction<Entry, Entry> similarity) {
    int n = entries.size();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        w[i][j] = similarity.applyAsDouble(entries.get(i), entries.get(j));
        w[j][i] = w[i][j];
      }
    }
    return w;
  }

  /** PageRank over a weighted sentence graph (power iteration), as LexRank and TextRank use. */
  static double[] pageRank(double[][] w, double damping, int iterations) {
    int n = w.length;
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rowSum[i] += w[i][j];
      }
    }
    double[] r = new double[n];
    java.util.Arrays.fill(r, 1.0 / Math.max(1, n));
    for (int it = 0; it < iterations; it++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        if (rowSum[i] == 0) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (w[i][j] > 0) {
            next[j] += r[i] * w[i][j] / rowSum[i];
          }
        }
      }
      for (int j = 0; j < n; j++) {
        next[j] = (1 - damping) / n + damping * next[j];
      }
      r = next;
    }
    return r;
  }

  static List<Integer> byScoreDescending(double[] scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(scores[b], scores[a]));
    return order;
  }
}
