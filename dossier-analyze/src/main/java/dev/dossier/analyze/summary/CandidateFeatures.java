package dev.dossier.analyze.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Features of a whole candidate summary, for {@link SummaryReranker}: its length against the
 * budget, the scores of its sentences, how much of the cluster's salient vocabulary it covers and
 * how often it repeats itself, how far it departs from the default selection, and the cluster's
 * size. Case-invariant, as the sentence features are.
 */
public final class CandidateFeatures {
  public static final List<String> NAMES =
      List.of(
          "words_per_budget",
          "sentences",
          "score_sum",
          "score_mean",
          "score_min",
          "salience_covered",
          "salience_covered_share",
          "distinct_word_share",
          "centroid_cosine",
          "docs_covered_share",
          "lead_sentences",
          "mean_relative_position",
          "shared_with_default",
          "words_minus_default",
          "score_sum_minus_default",
          "salience_minus_default",
          "cluster_words_per_budget",
          "cluster_docs",
          "is_default");
  public static final int COUNT = NAMES.size();

  private CandidateFeatures() {}

  /** One row of {@link #NAMES} per candidate, row-major; the first candidate is the default. */
  public static float[] of(
      List<List<Selection>> candidates,
      SummaryInput input,
      SentenceFeatures features,
      double[] scores,
      int budget,
      WordSalience salience) {
    Map<Long, Integer> rowOf = new HashMap<>();
    List<SentenceFeatures.Row> rows = features.rows();
    Map<String, Double> centroid = new HashMap<>();
    Set<String> clusterWords = new HashSet<>();
    int clusterWordCount = 0;
    for (int i = 0; i < rows.size(); i++) {
      SentenceFeatures.Row r = rows.get(i);
      rowOf.put(key(r.doc(), r.sent().index()), i);
      r.vector().forEach((t, w) -> centroid.merge(t, w, Double::sum));
      for (String w : r.sent().words()) {
        String t = TermVectors.normalize(w);
        if (t != null) {
          clusterWords.add(t);
        }
      }
      clusterWordCount += r.words();
    }
    double clusterSalience = salienceOf(clusterWords, salience);
    float[] out = new float[candidates.size() * COUNT];
    double[] first = null;
    Set<Long> defaultKeys = new HashSet<>();
    for (Selection s : candidates.get(0)) {
      defaultKeys.add(key(s.doc(), s.sentence()));
    }
    for (int c = 0; c < candidates.size(); c++) {
      List<Selection> cand = candidates.get(c);
      int words = 0;
      double sum = 0;
      double min = Double.MAX_VALUE;
      int tokens = 0;
      Set<String> distinct = new HashSet<>();
      Map<String, Double> vector = new HashMap<>();
      Set<Integer> docs = new HashSet<>();
      int leads = 0;
      double position = 0;
      int shared = 0;
      for (Selection s : cand) {
        int i = rowOf.get(key(s.doc(), s.sentence()));
        SentenceFeatures.Row r = rows.get(i);
        words += r.words();
        sum += scores[i];
        min = Math.min(min, scores[i]);
        for (String w : r.sent().words()) {
          String t = TermVectors.normalize(w);
          if (t != null) {
            distinct.add(t);
            tokens++;
          }
        }
        r.vector().forEach((t, w) -> vector.merge(t, w, Double::sum));
        docs.add(r.doc());
        leads += r.sent().index() == 0 ? 1 : 0;
        position +=
            r.sent().index() / (double) Math.max(1, input.docs().get(r.doc()).sentences().size());
        shared += defaultKeys.contains(key(s.doc(), s.sentence())) ? 1 : 0;
      }
      double covered = salienceOf(distinct, salience);
      int n = Math.max(1, cand.size());
      double[] f = {
        Math.min(words, budget * 2) / (double) budget,
        cand.size(),
        sum,
        sum / n,
        cand.isEmpty() ? 0 : min,
        covered,
        clusterSalience == 0 ? 0 : covered / clusterSalience,
        tokens == 0 ? 0 : distinct.size() / (double) tokens,
        TermVectors.cosine(vector, centroid),
        docs.size() / (double) Math.max(1, input.docs().size()),
        leads,
        position / n,
        shared / (double) Math.max(1, defaultKeys.size()),
        0,
        0,
        0,
        clusterWordCount / (double) budget,
        input.docs().size(),
        c == 0 ? 1 : 0
      };
      if (first == null) {
        first = new double[] {words, sum, covered};
      }
      f[13] = (words - first[0]) / budget;
      f[14] = sum - first[1];
      f[15] = covered - first[2];
      for (int k = 0; k < COUNT; k++) {
        out[c * COUNT + k] = (float) f[k];
      }
    }
    return out;
  }

  private static long key(int doc, int sentence) {
    return ((long) doc << 32) | sentence;
  }

  private static double salienceOf(Set<String> words, WordSalience salience) {
    double s = 0;
    for (String w : words) {
      s += salience.of(w);
    }
    return s;
  }
}
