package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.TermVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998) against the TF-IDF centroid: λ·sim(s,
 * centroid) − (1 − λ)·max sim(s, selected), λ = 0.7.
 */
public final class MmrCentroid implements Summarizer {
  private static final double LAMBDA = 0.7;

  @Override
  public String name() {
    return "mmr";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    SentencePool pool = new SentencePool(input);
    Map<String, Double> centroid = new HashMap<>();
    for (SentencePool.Entry e : pool.entries) {
      e.vector().forEach((t, w) -> centroid.merge(t, w, Double::sum));
    }
    double[] relevance = new double[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      relevance[i] = TermVectors.cosine(pool.entries.get(i).vector(), centroid);
    }
    List<Integer> order = new ArrayList<>();
    boolean[] used = new boolean[pool.size()];
    int length = 0;
    while (length < words && order.size() < pool.size()) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < pool.size(); i++) {
        if (used[i]) {
          continue;
        }
        double redundancy = 0;
        for (int j : order) {
          redundancy = Math.max(redundancy, pool.cosine(i, j));
        }
        double s = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy;
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      used[best] = true;
      order.add(best);
      length += pool.entries.get(best).words();
    }
    return pool.fill(order, words);
  }
}
