package dev.dossier.eval.train;

import dev.dossier.analyze.summary.LearnedSummarizer;
import dev.dossier.analyze.summary.NativeLightGbm;
import dev.dossier.analyze.summary.SentenceFeatures;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.TermVectors;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.eval.rouge.RougeResult;
import dev.dossier.eval.rouge.RougeScorer;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Trains the sentence scorer: features of every sentence ({@link SentenceFeatures}), labels from
 * the greedy ROUGE oracle ({@link OracleLabeler}), a LightGBM binary classifier. A fixed slice of
 * the training clusters (chosen by id hash, so reproducible) is held out to pick the number of
 * boosting rounds by log loss; no evaluation data is touched.
 */
public final class SummarizerTrainer {
  /** What a sentence is taught to predict. */
  public enum Labels {
    /** 1 if the greedy ROUGE oracle selects the sentence, else 0 (binary classification). */
    ORACLE("objective=binary metric=binary_logloss,auc"),
    /**
     * How much of the sentence the reference contains: mean of its unigram and bigram precision
     * against the reference (regression). With a budget close to the input's length, the task is
     * mostly what to drop.
     */
    PRECISION("objective=regression metric=l2,l1"),
    /**
     * LambdaRank within each cluster (clusters are the queries): only the order of a cluster's
     * sentences matters for selection. Grades 0 to 4 from the sentence's n-gram precision, plus one
     * for oracle picks.
     */
    RANK("objective=lambdarank metric=ndcg eval_at=10");

    final String objective;

    Labels(String objective) {
      this.objective = objective;
    }
  }

  /** The learner's parameters besides the objective; recorded in the model's provenance. */
  public static final String PARAMS =
      "learning_rate=0.05 num_leaves=63 min_data_in_leaf=100 "
          + "feature_fraction=0.9 bagging_fraction=0.8 bagging_freq=1 lambda_l2=1.0 "
          + "seed=7 deterministic=true force_row_wise=true verbose=-1";

  /** A trained model and the figures that describe it. */
  public record Result(
      String model,
      WordSalience salience,
      int trainClusters,
      int holdoutClusters,
      long trainRows,
      double positiveRate,
      int bestIteration,
      double holdoutLogloss,
      double holdoutAuc,
      double stopBelow,
      double holdoutRouge1,
      double holdoutRouge2,
      double holdoutRouge1NoStop,
      double holdoutRouge2NoStop) {}

  private record Labelled(float[] features, float[] labels, int rows, int[] groups) {
    Labelled(float[] features, float[] labels, int rows) {
      this(features, labels, rows, new int[] {rows});
    }
  }

  public Result train(
      List<EvalCluster> clusters,
      List<SummaryInput> inputs,
      int budget,
      int rounds,
      int threads,
      Labels mode,
      IntConsumer progress)
      throws LGBMException {
    return train(clusters, inputs, budget, rounds, threads, mode, PARAMS, progress);
  }

  /** As above with other learner parameters (LightGBM "key=value" pairs, space-separated). */
  public Result train(
      List<EvalCluster> clusters,
      List<SummaryInput> inputs,
      int budget,
      int rounds,
      int threads,
      Labels mode,
      String learnerParams,
      IntConsumer progress)
      throws LGBMException {
    List<Labelled> train = new ArrayList<>();
    List<Labelled> holdout = new ArrayList<>();
    OracleLabeler oracle = new OracleLabeler();
    WordSalience salience = learnSalience(clusters, inputs);
    for (int i = 0; i < clusters.size(); i++) {
      SummaryInput in = inputs.get(i);
      if (!in.docs().isEmpty()) {
        SentenceFeatures f = new SentenceFeatures(in, budget, salience);
        if (!f.rows().isEmpty()) {
          String reference = clusters.get(i).summaries().get(0);
          float[] labels = new float[f.rows().size()];
          if (mode == Labels.ORACLE) {
            Set<Integer> chosen = oracle.label(f.rows(), reference, budget);
            chosen.forEach(k -> labels[k] = 1f);
          } else if (mode == Labels.RANK) {
            double[] p = oracle.precision(f.rows(), reference);
            Set<Integer> chosen = oracle.label(f.rows(), reference, budget);
            for (int k = 0; k < labels.length; k++) {
              labels[k] = grade(p[k]) + (chosen.contains(k) ? 1 : 0);
            }
          } else {
            double[] p = oracle.precision(f.rows(), reference);
            for (int k = 0; k < labels.length; k++) {
              labels[k] = (float) p[k];
            }
          }
          (isHoldout(clusters.get(i).id()) ? holdout : train)
              .add(new Labelled(f.matrix(), labels, labels.length));
        }
      }
      progress.accept(1);
    }
    requireEnough(train.size(), holdout.size());
    Labelled tr = concat(train);
    Labelled ho = concat(holdout);
    String params = mode.objective + " " + learnerParams + " num_threads=" + threads;
    NativeLightGbm.load();
    try (LGBMDataset dTrain =
            LGBMDataset.createFromMat(
                tr.features, tr.rows, SentenceFeatures.COUNT, true, params, null);
        LGBMDataset dHold =
            LGBMDataset.createFromMat(
                ho.features, ho.rows, SentenceFeatures.COUNT, true, params, dTrain)) {
      dTrain.setField("label", tr.labels);
      dHold.setField("label", ho.labels);
      if (mode == Labels.RANK) {
        dTrain.setField("group", tr.groups);
        dHold.setField("group", ho.groups);
      }
      dTrain.setFeatureNames(SentenceFeatures.NAMES.toArray(new String[0]));
      try (LGBMBooster booster = LGBMBooster.create(dTrain, params)) {
        booster.addValidData(dHold);
        double bestLoss = Double.MAX_VALUE;
        double bestAuc = Double.NaN;
        int bestIter = 0;
        for (int it = 1; it <= rounds; it++) {
          booster.updateOneIter();
          double[] eval = booster.getEval(1);
          // NDCG grows as the model improves; the losses shrink.
          double loss = mode == Labels.RANK ? -eval[0] : eval[0];
          if (loss < bestLoss) {
            bestLoss = loss;
            bestAuc = eval.length > 1 ? eval[1] : Double.NaN;
            bestIter = it;
          }
        }
        String model =
            booster.saveModelToString(0, bestIter, LGBMBooster.FeatureImportanceType.GAIN);
        double positives = 0;
        for (float l : tr.labels) {
          positives += l;
        }
        StopTuning t = tuneStop(model, salience, clusters, inputs, budget);
        return new Result(
            model,
            salience,
            train.size(),
            holdout.size(),
            tr.rows,
            positives / Math.max(1, tr.rows),
            bestIter,
            bestLoss,
            bestAuc,
            t.threshold,
            t.rouge1,
            t.rouge2,
            t.rouge1NoStop,
            t.rouge2NoStop);
      }
    }
  }

  /**
   * The training data cannot train a model: a problem with the input, not with how training was
   * called.
   */
  public static final class TooFewClusters extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TooFewClusters(String message) {
      super(message);
    }
  }

  /**
   * Training needs clusters on both sides of the holdout split (which goes by id, {@link
   * #isHoldout}), or the learner fails deep inside its native code; the reranker's cross-fitting
   * needs two training clusters at least.
   */
  static void requireEnough(int trainClusters, int holdoutClusters) {
    if (trainClusters < 2 || holdoutClusters < 1) {
      throw new TooFewClusters(
          String.format(
              Locale.ROOT,
              "too few clusters to train on: %d for training "
                  + "and %d held out for tuning (about one in ten, chosen by id); give a few dozen clusters or more, each "
                  + "with documents and a reference summary",
              trainClusters,
              holdoutClusters));
    }
  }

  private record StopTuning(
      double threshold, double rouge1, double rouge2, double rouge1NoStop, double rouge2NoStop) {}

  /**
   * The stopping threshold that maximizes mean ROUGE-1 F + ROUGE-2 F on the holdout clusters
   * (training data), among quantiles of the holdout's sentence scores; "never stop" competes too.
   */
  private static StopTuning tuneStop(
      String model,
      WordSalience salience,
      List<EvalCluster> clusters,
      List<SummaryInput> inputs,
      int budget) {
    SentenceScorer scorer = SentenceScorer.fromModelString(model);
    List<Integer> held = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    Map<Integer, SentenceFeatures> features = new HashMap<>();
    Map<Integer, double[]> scored = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      if (isHoldout(clusters.get(i).id()) && !inputs.get(i).docs().isEmpty()) {
        held.add(i);
        SentenceFeatures f = new SentenceFeatures(inputs.get(i), budget, salience);
        double[] s = scorer.score(f.matrix(), f.rows().size());
        features.put(i, f);
        scored.put(i, s);
        for (double d : s) {
          scores.add(d);
        }
      }
    }
    scores.sort(Double::compare);
    List<Double> candidates = new ArrayList<>();
    candidates.add(Double.NEGATIVE_INFINITY);
    for (int q = 5; q <= 70 && !scores.isEmpty(); q += 5) {
      candidates.add(scores.get(scores.size() * q / 100));
    }
    RougeScorer rouge = new RougeScorer(true, budget);
    double[] none = null;
    double[] best = null;
    double bestThreshold = Double.NEGATIVE_INFINITY;
    for (double c : candidates) {
      double r1 = 0;
      double r2 = 0;
      for (int i : held) {
        StringBuilder text = new StringBuilder();
        LearnedSummarizer.select(inputs.get(i), features.get(i), scored.get(i), budget, c)
            .forEach(x -> text.append(x.text()).append('\n'));
        RougeResult r = rouge.score(clusters.get(i).summaries().get(0), text.toString());
        r1 += r.rouge1().f();
        r2 += r.rouge2().f();
      }
      double[] v = {100 * r1 / held.size(), 100 * r2 / held.size()};
      if (none == null) {
        none = v;
      }
      if (best == null || v[0] + v[1] > best[0] + best[1]) {
        best = v;
        bestThreshold = c;
      }
    }
    return new StopTuning(bestThreshold, best[0], best[1], none[0], none[1]);
  }

  /** Below this many clusters containing a word, its salience is too noisy to keep. */
  private static final int MIN_CLUSTERS = 5;

  /** Smoothing towards the overall rate, in pseudo-clusters. */
  private static final double SMOOTHING = 5;

  /** P(word in reference | word in sources), from the training (not holdout) clusters. */
  static WordSalience learnSalience(List<EvalCluster> clusters, List<SummaryInput> inputs) {
    Map<String, int[]> counts = new HashMap<>();
    long hits = 0;
    long seen = 0;
    for (int i = 0; i < clusters.size(); i++) {
      if (isHoldout(clusters.get(i).id())) {
        continue;
      }
      Set<String> source = new HashSet<>();
      inputs
          .get(i)
          .docs()
          .forEach(
              d ->
                  d.sentences()
                      .forEach(
                          s -> {
                            s.words().forEach(w -> add(source, w));
                            source.addAll(WordSalience.pairs(s.words()));
                          }));
      Set<String> reference = new HashSet<>();
      List<String> refWords = List.of(clusters.get(i).summaries().get(0).split("[^\\p{L}\\p{N}]+"));
      for (String w : refWords) {
        add(reference, w);
      }
      reference.addAll(WordSalience.pairs(refWords));
      for (String w : source) {
        int[] c = counts.computeIfAbsent(w, k -> new int[2]);
        c[0]++;
        seen++;
        if (reference.contains(w)) {
          c[1]++;
          hits++;
        }
      }
    }
    double prior = seen == 0 ? 0 : hits / (double) seen;
    Map<String, Float> m = new HashMap<>();
    counts.forEach(
        (w, c) -> {
          // Pairs are many: only those seen in more clusters are kept, so the lexicon stays small.
          if (c[0] >= (w.indexOf(' ') > 0 ? 4 * MIN_CLUSTERS : MIN_CLUSTERS)) {
            m.put(w, (float) ((c[1] + SMOOTHING * prior) / (c[0] + SMOOTHING)));
          }
        });
    return new WordSalience(m, (float) prior);
  }

  private static void add(Set<String> set, String word) {
    String t = TermVectors.normalize(word);
    if (t != null) {
      set.add(t);
    }
  }

  /** About one cluster in ten, fixed by its id. */
  static boolean isHoldout(String id) {
    return Math.floorMod(id.hashCode(), 10) == 0;
  }

  /** Precision grades for ranking: 0 below 0.15, then 0.25, 0.35, 0.5 as thresholds. */
  static int grade(double precision) {
    double[] cuts = {0.15, 0.25, 0.35, 0.5};
    int g = 0;
    while (g < cuts.length && precision >= cuts[g]) {
      g++;
    }
    return g;
  }

  private static Labelled concat(List<Labelled> parts) {
    int rows = parts.stream().mapToInt(Labelled::rows).sum();
    int[] groups = parts.stream().mapToInt(Labelled::rows).toArray();
    float[] f = new float[rows * SentenceFeatures.COUNT];
    float[] l = new float[rows];
    int r = 0;
    for (Labelled p : parts) {
      System.arraycopy(p.features, 0, f, r * SentenceFeatures.COUNT, p.features.length);
      System.arraycopy(p.labels, 0, l, r, p.rows);
      r += p.rows;
    }
    return new Labelled(f, l, rows, groups);
  }
}
