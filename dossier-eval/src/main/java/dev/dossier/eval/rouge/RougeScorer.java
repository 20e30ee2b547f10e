package dev.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE as implemented by Google's rouge-score package (Lin 2004 definitions):
 *
 * <ul>
 *   <li>ROUGE-N: clipped n-gram overlap; P = overlap / predicted n-grams, R = overlap / reference
 *       n-grams, F = harmonic mean (β = 1).
 *   <li>ROUGE-L: longest common subsequence of the whole token sequences.
 *   <li>ROUGE-Lsum: summary-level LCS: texts are split into sentences on newlines; for each
 *       reference sentence the union of its LCS positions with every predicted sentence counts,
 *       each token matched at most as often as it occurs in both texts.
 * </ul>
 *
 * ROUGE-N and ROUGE-L are symmetric: swapping prediction and reference swaps P and R. ROUGE-Lsum is
 * not (the union LCS is taken per reference sentence), except on single-line texts, where it equals
 * ROUGE-L. Tokens: see {@link RougeTokenizer}. The predicted text is cut to the first {@code
 * wordBudget} words (white-space words, newlines kept) before scoring, so a system cannot gain
 * recall by writing more than the budget. Scores are per example; a corpus score is the mean of
 * per-example F (and P, R).
 */
public final class RougeScorer {
  private final RougeTokenizer tokenizer;
  private final int wordBudget;

  /**
   * @param wordBudget words of the prediction that are scored; 0 or less means no truncation
   */
  public RougeScorer(boolean stem, int wordBudget) {
    this.tokenizer = new RougeTokenizer(stem);
    this.wordBudget = wordBudget;
  }

  public RougeResult score(String reference, String predicted) {
    String pred = truncate(predicted, wordBudget);
    List<String> ref = tokenizer.tokens(reference);
    List<String> hyp = tokenizer.tokens(pred);
    return new RougeResult(
        ngram(ref, hyp, 1),
        ngram(ref, hyp, 2),
        lcsScore(ref, hyp),
        lsum(sentences(reference), sentences(pred), ref.size(), hyp.size()));
  }

  /** The first {@code words} white-space separated words, keeping line breaks between them. */
  static String truncate(String text, int words) {
    if (words <= 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (String line : text.split("\n", -1)) {
      if (count >= words) {
        break;
      }
      List<String> kept = new ArrayList<>();
      for (String w : line.strip().split("\\s+")) {
        if (!w.isEmpty() && count < words) {
          kept.add(w);
          count++;
        }
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(String.join(" ", kept));
    }
    return out.toString();
  }

  private static RougeScore ngram(List<String> ref, List<String> hyp, int n) {
    Map<String, Integer> refCounts = ngrams(ref, n);
    Map<String, Integer> hypCounts = ngrams(hyp, n);
    int overlap = 0;
    for (var e : hypCounts.entrySet()) {
      overlap += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
    }
    return RougeScore.of(overlap, Math.max(0, hyp.size() - n + 1), Math.max(0, ref.size() - n + 1));
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      m.merge(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return m;
  }

  private static RougeScore lcsScore(List<String> ref, List<String> hyp) {
    return RougeScore.of(lcsTable(ref, hyp)[ref.size()][hyp.size()], hyp.size(), ref.size());
  }

  static int[][] lcsTable(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] =
            a.get(i - 1).equals(b.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t;
  }

  /** Indices into {@code a} of one LCS of a and b (the backtrack rouge-score uses). */
  static BitSet lcsIndices(List<String> a, List<String> b) {
    int[][] t = lcsTable(a, b);
    BitSet idx = new BitSet();
    int i = a.size();
    int j = b.size();
    while (i > 0 && j > 0) {
      if (a.get(i - 1).equals(b.get(j - 1))) {
        idx.set(i - 1);
        i--;
        j--;
      } else if (t[i - 1][j] > t[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    return idx;
  }

  private List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      List<String> t = tokenizer.tokens(line);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static RougeScore lsum(
      List<List<String>> ref, List<List<String>> hyp, int refTotal, int hypTotal) {
    Map<String, Integer> refLeft = new HashMap<>();
    Map<String, Integer> hypLeft = new HashMap<>();
    ref.forEach(s -> s.forEach(t -> refLeft.merge(t, 1, Integer::sum)));
    hyp.forEach(s -> s.forEach(t -> hypLeft.merge(t, 1, Integer::sum)));
    int hits = 0;
    for (List<String> r : ref) {
      BitSet union = new BitSet();
      for (List<String> h : hyp) {
        union.or(lcsIndices(r, h));
      }
      for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
        String t = r.get(i);
        if (refLeft.getOrDefault(t, 0) > 0 && hypLeft.getOrDefault(t, 0) > 0) {
          hits++;
          refLeft.merge(t, -1, Integer::sum);
          hypLeft.merge(t, -1, Integer::sum);
        }
      }
    }
    return RougeScore.of(hits, hypTotal, refTotal);
  }
}
