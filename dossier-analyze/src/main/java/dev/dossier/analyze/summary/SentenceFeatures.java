package dev.dossier.analyze.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features of every sentence of a cluster for the learned sentence scorer. All are case-invariant:
 * the training data is lowercased, so a feature that reads capitals would behave arbitrarily on
 * cased articles. They are: position, length, centrality, support by other sources, graph
 * centrality, word salience, the document's own relevance, and how much of the cluster the budget
 * covers. Row-major matrix, one row per sentence in document order.
 */
public final class SentenceFeatures {
  public static final List<String> NAMES =
      List.of(
          "index",
          "relative_position",
          "is_first",
          "doc_index",
          "docs",
          "words",
          "doc_sentences",
          "doc_words",
          "cluster_words_per_budget",
          "centroid",
          "support_mean",
          "support_max",
          "lexrank",
          "sumbasic",
          "doc_relevance",
          "digit_fraction",
          "has_quote",
          "ends_sentence",
          "sim_to_doc_first",
          "centroid_rank_in_doc",
          "tfidf_density",
          "salience_mean",
          "salience_max",
          "salience_sum",
          "salience_rank_in_cluster",
          "leadfill_rank",
          "words_before_in_doc",
          "leadfill_words_before",
          "pair_salience_mean",
          "pair_salience_sum");
  public static final int COUNT = NAMES.size();

  /** One sentence's address, words, vector and place in the matrix. */
  public record Row(int doc, SummaryInput.Sent sent, int words, Map<String, Double> vector) {}

  private final List<Row> rows = new ArrayList<>();
  private final float[] matrix;

  public SentenceFeatures(SummaryInput input, int budget, WordSalience salience) {
    List<Map<String, Integer>> tfs = new ArrayList<>();
    for (SentenceVectors.Entry e : SentenceVectors.of(input)) {
      rows.add(new Row(e.doc(), e.sent(), e.words(), e.vector()));
      tfs.add(e.tf());
    }
    matrix = new float[rows.size() * COUNT];
    fill(input, budget, tfs, salience);
  }

  public List<Row> rows() {
    return rows;
  }

  /** Row-major, {@link #COUNT} columns. */
  public float[] matrix() {
    return matrix;
  }

  private void fill(
      SummaryInput input, int budget, List<Map<String, Integer>> tfs, WordSalience salience) {
    int n = rows.size();
    int docs = input.docs().size();
    int[] docSentences = new int[docs];
    int[] docWords = new int[docs];
    int clusterWords = 0;
    Map<String, Double> centroid = new HashMap<>();
    List<Map<String, Double>> docVectors = new ArrayList<>();
    for (int d = 0; d < docs; d++) {
      docVectors.add(new HashMap<>());
    }
    for (Row r : rows) {
      docSentences[r.doc]++;
      docWords[r.doc] += r.words;
      clusterWords += r.words;
      double norm = TermVectors.norm(r.vector);
      if (norm > 0) {
        r.vector.forEach((t, w) -> centroid.merge(t, w / norm, Double::sum));
        r.vector.forEach((t, w) -> docVectors.get(r.doc).merge(t, w / norm, Double::sum));
      }
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = sim[j][i] = TermVectors.cosine(rows.get(i).vector, rows.get(j).vector);
      }
    }
    double[] lexrank = lexRank(sim);
    Map<String, Double> prob = wordProbabilities(tfs);
    double[] centrality = new double[n];
    int[] firstOfDoc = new int[docs];
    java.util.Arrays.fill(firstOfDoc, -1);
    for (int i = 0; i < n; i++) {
      centrality[i] = TermVectors.cosine(rows.get(i).vector, centroid);
      if (firstOfDoc[rows.get(i).doc] < 0) {
        firstOfDoc[rows.get(i).doc] = i;
      }
    }
    // Where lead-fill (first sentences of each document in turn) would put each sentence: a strong
    // prior
    // that the model learns to depart from.
    int[] leadRank = new int[n];
    int[] wordsBefore = new int[n];
    int[] leadWordsBefore = new int[n];
    int[] docCursor = new int[docs];
    for (int i = 0; i < n; i++) {
      wordsBefore[i] = docCursor[rows.get(i).doc];
      docCursor[rows.get(i).doc] += rows.get(i).words;
    }
    List<Integer> leadOrder = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leadOrder.add(i);
    }
    leadOrder.sort(
        java.util.Comparator.comparingInt((Integer i) -> rows.get(i).sent.index())
            .thenComparingInt(i -> rows.get(i).doc));
    int cumulative = 0;
    for (int rank = 0; rank < n; rank++) {
      int i = leadOrder.get(rank);
      leadRank[i] = rank;
      leadWordsBefore[i] = cumulative;
      cumulative += rows.get(i).words;
    }
    double[][] sal = new double[n][];
    double[][] pairs = new double[n][];
    for (int i = 0; i < n; i++) {
      sal[i] = salienceStats(tfs.get(i), salience);
      pairs[i] = pairSalience(rows.get(i).sent().words(), salience);
    }
    double[] docRelevance = new double[docs];
    for (int d = 0; d < docs; d++) {
      Map<String, Double> others = new HashMap<>(centroid);
      docVectors.get(d).forEach((t, w) -> others.merge(t, -w, Double::sum));
      docRelevance[d] = TermVectors.cosine(docVectors.get(d), others);
    }
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      double[] best = new double[docs];
      for (int j = 0; j < n; j++) {
        if (rows.get(j).doc != r.doc) {
          best[rows.get(j).doc] = Math.max(best[rows.get(j).doc], sim[i][j]);
        }
      }
      double supportSum = 0;
      double supportMax = 0;
      for (int d = 0; d < docs; d++) {
        if (d != r.doc) {
          supportSum += best[d];
          supportMax = Math.max(supportMax, best[d]);
        }
      }
      int salienceRank = 0;
      for (int j = 0; j < n; j++) {
        if (sal[j][0] > sal[i][0]) {
          salienceRank++;
        }
      }
      int rankInDoc = 0;
      for (int j = 0; j < n; j++) {
        if (rows.get(j).doc == r.doc && centrality[j] > centrality[i]) {
          rankInDoc++;
        }
      }
      String text = r.sent.text();
      double[] f = {
        r.sent.index(),
        r.sent.index() / (double) Math.max(1, docSentences[r.doc]),
        r.sent.index() == 0 ? 1 : 0,
        r.doc,
        docs,
        r.words,
        docSentences[r.doc],
        docWords[r.doc],
        clusterWords / (double) Math.max(1, budget),
        centrality[i],
        docs > 1 ? supportSum / (docs - 1) : 0,
        supportMax,
        lexrank[i] * n,
        meanProbability(tfs.get(i), prob) * 1000,
        docRelevance[r.doc],
        fraction(text, Character::isDigit),
        text.indexOf('"') >= 0 || text.indexOf('“') >= 0 ? 1 : 0,
        dev.dossier.model.SentenceEdges.endsAsStatement(text) ? 1 : 0,
        firstOfDoc[r.doc] == i ? 1 : sim[i][firstOfDoc[r.doc]],
        rankInDoc / (double) Math.max(1, docSentences[r.doc]),
        tfidfDensity(r),
        sal[i][0],
        sal[i][1],
        sal[i][2],
        salienceRank / (double) Math.max(1, n),
        leadRank[i] / (double) Math.max(1, n),
        wordsBefore[i],
        leadWordsBefore[i] / (double) Math.max(1, budget),
        pairs[i][0],
        pairs[i][1]
      };
      for (int c = 0; c < COUNT; c++) {
        matrix[i * COUNT + c] = (float) f[c];
      }
    }
  }

  /** Mean, max and sum of the salience of the sentence's content words. */
  private static double[] salienceStats(Map<String, Integer> tf, WordSalience salience) {
    double sum = 0;
    double max = 0;
    int count = 0;
    for (var e : tf.entrySet()) {
      double s = salience.of(e.getKey());
      sum += s * e.getValue();
      max = Math.max(max, s);
      count += e.getValue();
    }
    return new double[] {count == 0 ? 0 : sum / count, max, sum};
  }

  /**
   * Mean and sum of the salience of the sentence's adjacent content-word pairs ("jane doe", "power
   * cut").
   */
  private static double[] pairSalience(List<String> words, WordSalience salience) {
    double sum = 0;
    int count = 0;
    for (String pair : WordSalience.pairs(words)) {
      sum += salience.of(pair);
      count++;
    }
    return new double[] {count == 0 ? 0 : sum / count, sum};
  }

  private static double[] lexRank(double[][] sim) {
    int n = sim.length;
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rowSum[i] += sim[i][j];
      }
    }
    double[] r = new double[n];
    java.util.Arrays.fill(r, 1.0 / Math.max(1, n));
    for (int it = 0; it < 20; it++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        if (rowSum[i] > 0) {
          for (int j = 0; j < n; j++) {
            next[j] += r[i] * sim[i][j] / rowSum[i];
          }
        }
      }
      for (int j = 0; j < n; j++) {
        next[j] = 0.15 / n + 0.85 * next[j];
      }
      r = next;
    }
    return r;
  }

  private static Map<String, Double> wordProbabilities(List<Map<String, Integer>> tfs) {
    Map<String, Double> p = new HashMap<>();
    double total = 0;
    for (Map<String, Integer> tf : tfs) {
      for (var e : tf.entrySet()) {
        p.merge(e.getKey(), (double) e.getValue(), Double::sum);
        total += e.getValue();
      }
    }
    double sum = Math.max(1, total);
    p.replaceAll((k, v) -> v / sum);
    return p;
  }

  private static double meanProbability(Map<String, Integer> tf, Map<String, Double> p) {
    return tf.isEmpty()
        ? 0
        : tf.keySet().stream().mapToDouble(t -> p.getOrDefault(t, 0.0)).average().orElse(0);
  }

  private static double fraction(String s, java.util.function.IntPredicate p) {
    if (s.isEmpty()) {
      return 0;
    }
    return s.chars().filter(p).count() / (double) s.length();
  }

  private static double tfidfDensity(Row r) {
    double s = 0;
    for (double w : r.vector.values()) {
      s += w;
    }
    return s / Math.max(1, r.words);
  }
}
