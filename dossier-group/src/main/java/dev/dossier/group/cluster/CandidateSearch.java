package dev.dossier.group.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The stories worth comparing with a vector, found as a search engine finds documents: the partial
 * dot product over the query's heaviest terms is summed along the inverted index's postings, and
 * only the best-scoring stories are compared in full. Comparing every story that shares a term cost
 * each article time in proportion to the stream's length (220 articles/s at 10,000 documents, and
 * falling).
 */
final class CandidateSearch {
  /** Terms of the query looked up: its heaviest, which are its rarest and most telling. */
  static final int QUERY_TERMS = 50;

  /** Stories sharing a term at most before the term is passed over: it says little. */
  static final int MAX_POSTINGS = 100;

  /** Stories compared in full per query. */
  static final int SHORTLIST = 20;

  private CandidateSearch() {}

  /**
   * @param terms the query's terms, heaviest first
   * @param weights their weights
   * @param skip stories never to return (the query story itself, stories merged away)
   */
  static List<Story> shortlist(
      long[] terms, double[] weights, Map<Long, List<Story>> postings, Predicate<Story> skip) {
    Map<Story, Double> score = new HashMap<>();
    for (int k = 0; k < Math.min(QUERY_TERMS, terms.length); k++) {
      List<Story> p = postings.get(terms[k]);
      if (p == null || p.size() > MAX_POSTINGS) {
        continue;
      }
      for (Story s : p) {
        Double w = s.sum.get(terms[k]);
        if (w != null && !skip.test(s)) {
          score.merge(s, weights[k] * w / Math.max(1, s.size), Double::sum);
        }
      }
    }
    List<Map.Entry<Story, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    List<Story> out = new ArrayList<>(Math.min(SHORTLIST, ranked.size()));
    for (var e : ranked.subList(0, Math.min(SHORTLIST, ranked.size()))) {
      out.add(e.getKey());
    }
    return out;
  }
}
