package dev.dossier.group.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An article's weighted terms as a unit vector, heaviest first, with the raw counts they came from
 * (kept so the vector can be weighed again once the stream's document frequencies have settled).
 */
record TermVector(long[] terms, float[] counts, double[] weights) {
  static final TermVector EMPTY = new TermVector(new long[0], new float[0], new double[0]);

  /**
   * @param rank what the {@code keep} terms are chosen by
   * @param w the terms' weights
   */
  static TermVector of(long[] terms, float[] counts, double[] rank, double[] w, int keep) {
    Integer[] order = IntStream.range(0, terms.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -rank[i]));
    int n = Math.min(keep, order.length);
    long[] t = new long[n];
    float[] c = new float[n];
    double[] v = new double[n];
    double norm = 0;
    for (int k = 0; k < n; k++) {
      t[k] = terms[order[k]];
      c[k] = counts[order[k]];
      v[k] = w[order[k]];
      norm += v[k] * v[k];
    }
    double len = Math.sqrt(norm);
    if (len > 0) {
      for (int k = 0; k < n; k++) {
        v[k] /= len;
      }
    }
    return new TermVector(t, c, v);
  }

  int size() {
    return terms.length;
  }

  double dot(Map<Long, Double> sum) {
    double dot = 0;
    for (int k = 0; k < terms.length; k++) {
      Double c = sum.get(terms[k]);
      if (c != null) {
        dot += weights[k] * c;
      }
    }
    return dot;
  }

  void addTo(Map<Long, Double> sum) {
    for (int k = 0; k < terms.length; k++) {
      sum.merge(terms[k], weights[k], Double::sum);
    }
  }
}
