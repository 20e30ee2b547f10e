package dev.dossier.analyze.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dossier's default summarizer. It reads the opening of each document ({@link InputWindow}), scores
 * its sentences with a LightGBM model trained on ROUGE-oracle labels ({@link SentenceScorer}), then
 * selects greedily by score with redundancy control, up to the word budget (and, past half of it,
 * only while candidates score above a learned threshold), in reading order (relative position in
 * the source, then source order). With a {@link SummaryReranker}, that selection is one of several
 * whole candidates ({@link SummaryCandidates}), and the reranker picks one. A candidate repeats a
 * chosen sentence if their words overlap (TF-IDF cosine, {@link Restatement}) or their embeddings
 * say the same thing ({@link Paraphrases}). Each selected sentence cites itself and its
 * near-identical sentences in other sources.
 */
public final class LearnedSummarizer implements Summarizer {
  /**
   * Above this TF-IDF cosine to a chosen sentence, a candidate repeats it (as does a {@link
   * Restatement}).
   */
  private static final double REDUNDANT = 0.6;

  private static final int MIN_WORDS = 5;
  private final SentenceScorer scorer;
  private final WordSalience salience;
  private final double stopBelow;
  private final SummaryReranker reranker;
  private final SentenceEmbedder embedder;

  /**
   * @param stopBelow once half the budget is used, stop at the first candidate scoring below this
   *     (the rest is not worth saying); tuned on held-out training clusters by {@code dossier
   *     train}
   */
  public LearnedSummarizer(SentenceScorer scorer, WordSalience salience, double stopBelow) {
    this(scorer, salience, stopBelow, null);
  }

  /**
   * @param reranker picks among whole candidate summaries; null keeps the default selection
   */
  public LearnedSummarizer(
      SentenceScorer scorer, WordSalience salience, double stopBelow, SummaryReranker reranker) {
    this(scorer, salience, stopBelow, reranker, SentenceEmbedder.shipped());
  }

  /**
   * @param embedder judges paraphrases between sentences; null leaves repeats to word overlap alone
   */
  public LearnedSummarizer(
      SentenceScorer scorer,
      WordSalience salience,
      double stopBelow,
      SummaryReranker reranker,
      SentenceEmbedder embedder) {
    this.scorer = scorer;
    this.salience = salience;
    this.stopBelow = stopBelow;
    this.reranker = reranker;
    this.embedder = embedder;
  }

  /** The shipped model, lexicon, stopping threshold and reranker. */
  public LearnedSummarizer() {
    this(
        SentenceScorer.shipped(),
        WordSalience.shipped(),
        SentenceScorer.shippedStopThreshold(),
        SummaryReranker.shipped());
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    if (words < 1) {
      throw new IllegalArgumentException("word budget must be positive: " + words);
    }
    // The scorer reads what it was trained on: the opening of each document (full-length articles
    // are cut).
    SummaryInput window = InputWindow.of(input, words);
    SentenceFeatures features = new SentenceFeatures(window, words, salience);
    double[] scores = scorer.score(features.matrix(), features.rows().size());
    Paraphrases paraphrases = new Paraphrases(features.rows(), embedder);
    List<Selection> chosen;
    if (reranker == null) {
      chosen = select(window, features, scores, words, stopBelow, paraphrases);
    } else {
      List<List<Selection>> candidates =
          SummaryCandidates.of(window, features, scores, words, stopBelow, paraphrases);
      if (candidates.isEmpty()) {
        return List.of();
      }
      float[] matrix = CandidateFeatures.of(candidates, window, features, scores, words, salience);
      chosen = candidates.get(reranker.pick(candidates, matrix));
    }
    return window == input ? chosen : SameStatement.acrossWholeInput(chosen, input);
  }

  /**
   * Selection from sentences already scored: what {@link #summarize} does after scoring, exposed so
   * that tuning the stopping threshold scores each cluster once, not once per candidate threshold.
   * Repeats are judged by word overlap alone (tuning runs over thousands of clusters; paraphrases
   * move ROUGE by under 0.03).
   */
  public static List<Selection> select(
      SummaryInput input, SentenceFeatures features, double[] scores, int words, double stopBelow) {
    return select(input, features, scores, words, stopBelow, Paraphrases.none(features.rows()));
  }

  static List<Selection> select(
      SummaryInput input,
      SentenceFeatures features,
      double[] scores,
      int words,
      double stopBelow,
      Paraphrases paraphrases) {
    List<SentenceFeatures.Row> rows = features.rows();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
    List<Integer> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int i : order) {
      if (total >= words || (total >= words / 2 && scores[i] < stopBelow)) {
        break;
      }
      if (chosen.contains(i) || !eligible(i, rows, chosen, seen, paraphrases)) {
        continue;
      }
      SentenceFeatures.Row r = rows.get(i);
      if (r.sent().leansBack()) {
        // Quoted only right after the sentence it leans on: that one comes in with it, if it may.
        int p = predecessor(i, rows);
        if (!chosen.contains(p)) {
          if (p < 0
              || rows.get(p).sent().leansBack()
              || !eligible(p, rows, chosen, seen, paraphrases)) {
            continue;
          }
          seen.add(key(rows.get(p)));
          chosen.add(p);
          total += rows.get(p).words();
        }
      }
      seen.add(key(r));
      chosen.add(i);
      total += r.words();
    }
    // Reading order; a sentence that leans back is placed with the one it leans on, whatever falls
    // between.
    int[] anchor = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      int p = predecessor(i, rows);
      anchor[i] = p >= 0 && rows.get(i).sent().leansBack() && chosen.contains(p) ? anchor[p] : i;
    }
    chosen.sort(
        Comparator.comparingDouble((Integer i) -> relativePosition(rows.get(anchor[i]), input))
            .thenComparingInt(i -> rows.get(i).doc())
            .thenComparingInt(i -> i));
    List<Selection> out = new ArrayList<>();
    for (int i : chosen) {
      SentenceFeatures.Row r = rows.get(i);
      out.add(
          new Selection(
              r.doc(), r.sent().index(), r.sent().text(), SameStatement.support(i, rows)));
    }
    return out;
  }

  /**
   * Whether sentence {@code i} may join the chosen ones: long enough, quotable, new, not a repeat.
   */
  private static boolean eligible(
      int i,
      List<SentenceFeatures.Row> rows,
      List<Integer> chosen,
      Set<String> seen,
      Paraphrases paraphrases) {
    SentenceFeatures.Row r = rows.get(i);
    return r.words() >= MIN_WORDS
        && r.sent().standsAlone()
        && startsLikeSentence(r.sent().text())
        && !seen.contains(key(r))
        && !redundant(i, chosen, rows, paraphrases);
  }

  /**
   * The sentence before {@code i} in its document, or -1 (rows list each document's sentences in
   * order).
   */
  private static int predecessor(int i, List<SentenceFeatures.Row> rows) {
    return i > 0 && rows.get(i - 1).doc() == rows.get(i).doc() ? i - 1 : -1;
  }

  private static String key(SentenceFeatures.Row r) {
    return dev.dossier.model.TextKey.of(r.sent().text()).value();
  }

  /**
   * A letter, a digit, or an opening quote or bracket: "| AP Photo ..." is a fragment of page
   * furniture.
   */
  static boolean startsLikeSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return Character.isLetterOrDigit(c) || "\"“‘'(«[".indexOf(c) >= 0;
  }

  private static boolean redundant(
      int i, List<Integer> chosen, List<SentenceFeatures.Row> rows, Paraphrases paraphrases) {
    SentenceFeatures.Row r = rows.get(i);
    double[] cosines = new double[chosen.size()];
    for (int k = 0; k < chosen.size(); k++) {
      SentenceFeatures.Row o = rows.get(chosen.get(k));
      cosines[k] = TermVectors.cosine(r.vector(), o.vector());
      if (cosines[k] > REDUNDANT || Restatement.of(r, o) || Restatement.of(o, r)) {
        return true;
      }
    }
    // The embedding test last and apart: it is the costly one, and a word-overlap repeat of any
    // chosen sentence
    // settles the question without it.
    for (int k = 0; k < chosen.size(); k++) {
      if (paraphrases.same(i, chosen.get(k), cosines[k])) {
        return true;
      }
    }
    return false;
  }

  private static double relativePosition(SentenceFeatures.Row r, SummaryInput input) {
    return r.sent().index() / (double) Math.max(1, input.docs().get(r.doc()).sentences().size());
  }
}
