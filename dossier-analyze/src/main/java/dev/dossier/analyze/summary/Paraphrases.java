package dev.dossier.analyze.summary;

import java.util.List;
import java.util.Set;

/**
 * Whether two sentences of one cluster tell the same thing in different words, as outlets writing
 * up one event do ("A woman killed three people before shooting herself at a warehouse" and "A
 * temporary employee shot three co-workers, then herself"): their sentence embeddings are close.
 * Word overlap ({@link Restatement}, TF-IDF cosine) misses such pairs because each outlet chooses
 * its own words.
 *
 * <p>Embeddings place sentences by topic more than by fact, so two guards apply: the cosine must
 * reach {@link #SAME} (at 0.75 on the 100 full-length dev clusters, "The US imposed 25% tariffs on
 * $34 billion of Chinese goods" matched "China responded with its own tariffs on US goods worth $34
 * billion"), and one sentence's numbers must all be in the other ("Her bond was set at $100,000."
 * is not "His bond was set at $200,000.", which the model places at 0.83). Sentences that share
 * almost no words are not compared: among the 100 full-length dev clusters, the pairs the model
 * calls the same below a TF-IDF cosine of {@link #SHARED} were different statements on one topic
 * ("Now the new boarding process is in place" and "The new boarding process has been in the works
 * for months"), and skipping them spares a third of the embeddings. Vectors are computed only for
 * the sentences that selection asks about, once per cluster.
 */
final class Paraphrases {
  /** Embedding cosine from which two sentences say the same thing. */
  static final double SAME = 0.85;

  /** TF-IDF cosine below which two sentences share too few words to be compared at all. */
  static final double SHARED = 0.1;

  private final List<SentenceFeatures.Row> rows;
  private final SentenceEmbedder embedder;
  private final float[][] vectors;
  private final List<Set<String>> numbers;

  Paraphrases(List<SentenceFeatures.Row> rows, SentenceEmbedder embedder) {
    this.rows = rows;
    this.embedder = embedder;
    this.vectors = new float[rows.size()][];
    this.numbers = new java.util.ArrayList<>(java.util.Collections.nCopies(rows.size(), null));
  }

  /** No paraphrase test: only word overlap judges repeats. */
  static Paraphrases none(List<SentenceFeatures.Row> rows) {
    return new Paraphrases(rows, null);
  }

  boolean same(int i, int j) {
    return embedder != null
        && same(i, j, TermVectors.cosine(rows.get(i).vector(), rows.get(j).vector()));
  }

  /**
   * @param wordCosine the pair's TF-IDF cosine, which selection has already computed
   */
  boolean same(int i, int j, double wordCosine) {
    if (embedder == null || wordCosine < SHARED) {
      return false;
    }
    Set<String> na = numbers(i);
    Set<String> nb = numbers(j);
    if (!na.containsAll(nb) && !nb.containsAll(na)) {
      return false;
    }
    return SentenceEmbedder.cosine(vector(i), vector(j)) >= SAME;
  }

  private float[] vector(int i) {
    if (vectors[i] == null) {
      vectors[i] = embedder.embed(rows.get(i).sent().text());
    }
    return vectors[i];
  }

  /** The sentence's numbers ({@link NumberValues}), read once per sentence. */
  private Set<String> numbers(int i) {
    if (numbers.get(i) == null) {
      numbers.set(i, NumberValues.of(rows.get(i).sent().words()));
    }
    return numbers.get(i);
  }
}
