package dev.dossier.eval.train;

import dev.dossier.analyze.summary.SentenceFeatures;
import dev.dossier.eval.rouge.RougeTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Greedy ROUGE oracle (as in Nallapati et al. 2017 and most extractive work since): add the
 * sentence that raises ROUGE-1 F + ROUGE-2 F of the selection against the reference most, until
 * nothing raises it or the word budget is used. Its choices are the training labels of the sentence
 * scorer. Counts are updated incrementally, so a cluster costs O(sentences² × sentence length).
 */
public final class OracleLabeler {
  private static final int MIN_WORDS = 5;
  private final RougeTokenizer tokenizer = new RougeTokenizer(true);

  /** Row indices the oracle selects, in selection order. */
  public Set<Integer> label(List<SentenceFeatures.Row> rows, String reference, int budget) {
    List<String> ref = tokenizer.tokens(reference);
    Map<String, Integer> refUni = grams(ref, 1);
    Map<String, Integer> refBi = grams(ref, 2);
    List<Map<String, Integer>> candUni = new ArrayList<>();
    List<Map<String, Integer>> candBi = new ArrayList<>();
    List<Integer> candLen = new ArrayList<>();
    for (SentenceFeatures.Row r : rows) {
      List<String> t = tokenizer.tokens(r.sent().text());
      candUni.add(grams(t, 1));
      candBi.add(grams(t, 2));
      candLen.add(t.size());
    }
    Map<String, Integer> selUni = new HashMap<>();
    Map<String, Integer> selBi = new HashMap<>();
    int uniTotal = 0;
    int biTotal = 0;
    int uniOverlap = 0;
    int biOverlap = 0;
    int words = 0;
    double current = 0;
    Set<Integer> chosen = new LinkedHashSet<>();
    while (words < budget) {
      int best = -1;
      double bestScore = current;
      int bestUni = 0;
      int bestBi = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (chosen.contains(i) || rows.get(i).words() < MIN_WORDS) {
          continue;
        }
        int u = uniOverlap + delta(candUni.get(i), selUni, refUni);
        int b = biOverlap + delta(candBi.get(i), selBi, refBi);
        int ut = uniTotal + candLen.get(i);
        int bt = biTotal + Math.max(0, candLen.get(i) - 1);
        double s = f(u, ut, ref.size()) + f(b, bt, Math.max(0, ref.size() - 1));
        if (s > bestScore) {
          best = i;
          bestScore = s;
          bestUni = u;
          bestBi = b;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      candUni.get(best).forEach((g, c) -> selUni.merge(g, c, Integer::sum));
      candBi.get(best).forEach((g, c) -> selBi.merge(g, c, Integer::sum));
      uniTotal += candLen.get(best);
      biTotal += Math.max(0, candLen.get(best) - 1);
      uniOverlap = bestUni;
      biOverlap = bestBi;
      current = bestScore;
      words += rows.get(best).words();
    }
    return chosen;
  }

  /** Per sentence, the mean of its unigram and bigram precision against the reference. */
  public double[] precision(List<SentenceFeatures.Row> rows, String reference) {
    List<String> ref = tokenizer.tokens(reference);
    Map<String, Integer> refUni = grams(ref, 1);
    Map<String, Integer> refBi = grams(ref, 2);
    double[] out = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      List<String> t = tokenizer.tokens(rows.get(i).sent().text());
      Map<String, Integer> none = Map.of();
      double p1 = t.isEmpty() ? 0 : delta(grams(t, 1), none, refUni) / (double) t.size();
      double p2 = t.size() < 2 ? 0 : delta(grams(t, 2), none, refBi) / (double) (t.size() - 1);
      out[i] = (p1 + p2) / 2;
    }
    return out;
  }

  /** Gain in clipped overlap if the candidate's n-grams joined the selection. */
  private static int delta(
      Map<String, Integer> cand, Map<String, Integer> sel, Map<String, Integer> ref) {
    int d = 0;
    for (var e : cand.entrySet()) {
      int r = ref.getOrDefault(e.getKey(), 0);
      if (r > 0) {
        int s = sel.getOrDefault(e.getKey(), 0);
        d += Math.min(s + e.getValue(), r) - Math.min(s, r);
      }
    }
    return d;
  }

  private static double f(int overlap, int predicted, int reference) {
    if (overlap == 0 || predicted == 0 || reference == 0) {
      return 0;
    }
    double p = overlap / (double) predicted;
    double r = overlap / (double) reference;
    return 2 * p * r / (p + r);
  }

  private static Map<String, Integer> grams(List<String> t, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= t.size(); i++) {
      m.merge(n == 1 ? t.get(i) : t.get(i) + " " + t.get(i + 1), 1, Integer::sum);
    }
    return m;
  }
}
