package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SumBasic (Nenkova and Vanderwende 2005): pick the best sentence containing the most probable
 * word, then square the probabilities of the words it used, until the budget is used.
 */
public final class SumBasic implements Summarizer {
  @Override
  public String name() {
    return "sumbasic";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    SentencePool pool = new SentencePool(input);
    Map<String, Double> p = new HashMap<>();
    double total = 0;
    for (SentencePool.Entry e : pool.entries) {
      for (var t : e.tf().entrySet()) {
        p.merge(t.getKey(), (double) t.getValue(), Double::sum);
        total += t.getValue();
      }
    }
    final double sum = Math.max(1, total);
    p.replaceAll((k, v) -> v / sum);
    List<Integer> order = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    int length = 0;
    while (length < words && used.size() < pool.size()) {
      String top = null;
      for (int i = 0; i < pool.size(); i++) {
        if (!used.contains(i)) {
          for (String t : pool.entries.get(i).tf().keySet()) {
            if (top == null || p.get(t) > p.get(top)) {
              top = t;
            }
          }
        }
      }
      int best = -1;
      double bestScore = -1;
      for (int i = 0; i < pool.size(); i++) {
        var tf = pool.entries.get(i).tf();
        if (used.contains(i) || (top != null && !tf.containsKey(top))) {
          continue;
        }
        double s = tf.isEmpty() ? 0 : tf.keySet().stream().mapToDouble(p::get).average().orElse(0);
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (best < 0) {
        break;
      }
      used.add(best);
      order.add(best);
      length += pool.entries.get(best).words();
      pool.entries.get(best).tf().keySet().forEach(t -> p.computeIfPresent(t, (k, v) -> v * v));
    }
    return pool.fill(order, words);
  }
}
