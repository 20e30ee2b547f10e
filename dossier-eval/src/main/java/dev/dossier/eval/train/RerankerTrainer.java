package dev.dossier.eval.train;

import com.microsoft.ml.lightgbm.PredictionType;
import dev.dossier.analyze.summary.CandidateFeatures;
import dev.dossier.analyze.summary.NativeLightGbm;
import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.SentenceFeatures;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.SummaryCandidates;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.eval.rouge.RougeResult;
import dev.dossier.eval.rouge.RougeScorer;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Trains the {@link dev.dossier.analyze.summary.SummaryReranker}: for each training cluster, the
 * candidate summaries, their features, and as label each candidate's ROUGE-1 + ROUGE-2 F (in
 * points) minus the default selection's. The candidates of a training cluster must come from a
 * sentence scorer that never saw that cluster, or the reranker learns to trust overconfident scores
 * (measured: it then lowered ROUGE-2). So the trainer cross-fits: it trains two scorers, each on
 * half of the clusters, and scores each half with the other half's scorer. The clusters held out
 * from the final scorer ({@link SummarizerTrainer#isHoldout}) are scored by it, as at inference,
 * and pick the number of boosting rounds.
 */
public final class RerankerTrainer {
  public static final String PARAMS =
      "objective=regression learning_rate=0.05 num_leaves=15 min_data_in_leaf=50 "
          + "feature_fraction=0.9 bagging_fraction=0.8 bagging_freq=1 seed=7 deterministic=true force_row_wise=true "
          + "verbose=-1";

  /** The model and what it did on the holdout clusters. */
  public record Result(
      String model,
      int trainClusters,
      int holdoutClusters,
      long rows,
      int bestIteration,
      double defaultRouge1,
      double defaultRouge2,
      double rerankedRouge1,
      double rerankedRouge2,
      double candidateOracleRouge1,
      double candidateOracleRouge2) {}

  /** The final sentence scorer, its lexicon and its stopping threshold: what inference will use. */
  public record Scorer(SentenceScorer scorer, WordSalience salience, double stopBelow) {}

  private record Example(float[] features, float[] gains, double[] rouge1, double[] rouge2) {}

  public Result train(
      List<EvalCluster> clusters,
      List<SummaryInput> inputs,
      int budget,
      int rounds,
      int threads,
      Scorer finalScorer,
      IntConsumer progress)
      throws LGBMException {
    int heldOut = 0;
    int usable = 0;
    for (int i = 0; i < clusters.size(); i++) {
      if (!inputs.get(i).docs().isEmpty()) {
        usable++;
        heldOut += SummarizerTrainer.isHoldout(clusters.get(i).id()) ? 1 : 0;
      }
    }
    SummarizerTrainer.requireEnough(usable - heldOut, heldOut);
    Scorer[] folds = new Scorer[2];
    for (int f = 0; f < 2; f++) {
      List<EvalCluster> c = new ArrayList<>();
      List<SummaryInput> in = new ArrayList<>();
      for (int i = 0; i < clusters.size(); i++) {
        // A fold trains on the other fold's clusters, plus the holdout for its own early stopping.
        if (SummarizerTrainer.isHoldout(clusters.get(i).id()) || i % 2 != f) {
          c.add(clusters.get(i));
          in.add(inputs.get(i));
        }
      }
      SummarizerTrainer.Result r =
          new SummarizerTrainer()
              .train(c, in, budget, 800, threads, SummarizerTrainer.Labels.ORACLE, x -> {});
      folds[f] = new Scorer(SentenceScorer.fromModelString(r.model()), r.salience(), r.stopBelow());
    }
    RougeScorer rouge = new RougeScorer(true, budget);
    List<Example> train = new ArrayList<>();
    List<Example> holdout = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      boolean held = SummarizerTrainer.isHoldout(clusters.get(i).id());
      if (!inputs.get(i).docs().isEmpty()) {
        Example e =
            example(
                clusters.get(i), inputs.get(i), held ? finalScorer : folds[i % 2], budget, rouge);
        if (e != null) {
          (held ? holdout : train).add(e);
        }
      }
      progress.accept(1);
    }
    float[] x = concat(train, true);
    float[] y = concat(train, false);
    int rows = y.length;
    String params = PARAMS + " num_threads=" + threads;
    NativeLightGbm.load();
    try (LGBMDataset d =
        LGBMDataset.createFromMat(x, rows, CandidateFeatures.COUNT, true, params, null)) {
      d.setField("label", y);
      d.setFeatureNames(CandidateFeatures.NAMES.toArray(new String[0]));
      try (LGBMBooster booster = LGBMBooster.create(d, params)) {
        double[] best = null;
        int bestIter = 0;
        double[] last =
            null; // the oracle columns do not depend on the model: any evaluation gives them
        for (int it = 1; it <= rounds; it++) {
          booster.updateOneIter();
          if (it % 10 == 0 || it == rounds) {
            double[] v = evaluate(booster, holdout);
            last = v;
            if (best == null || v[2] + v[3] > best[2] + best[3]) {
              best = v;
              bestIter = it;
            }
          }
        }
        String model =
            booster.saveModelToString(0, bestIter, LGBMBooster.FeatureImportanceType.GAIN);
        return new Result(
            model,
            train.size(),
            holdout.size(),
            rows,
            bestIter,
            best[0],
            best[1],
            best[2],
            best[3],
            last[4],
            last[5]);
      }
    }
  }

  private static Example example(
      EvalCluster cluster, SummaryInput input, Scorer s, int budget, RougeScorer rouge) {
    SentenceFeatures f = new SentenceFeatures(input, budget, s.salience());
    double[] scores = s.scorer().score(f.matrix(), f.rows().size());
    List<List<Selection>> candidates =
        SummaryCandidates.of(input, f, scores, budget, s.stopBelow());
    if (candidates.isEmpty()) {
      return null;
    }
    double[] r1 = new double[candidates.size()];
    double[] r2 = new double[candidates.size()];
    float[] gains = new float[candidates.size()];
    for (int k = 0; k < candidates.size(); k++) {
      StringBuilder text = new StringBuilder();
      candidates.get(k).forEach(x -> text.append(x.text().replace('\n', ' ')).append('\n'));
      RougeResult r = rouge.score(cluster.summaries().get(0), text.toString());
      r1[k] = 100 * r.rouge1().f();
      r2[k] = 100 * r.rouge2().f();
    }
    for (int k = 0; k < candidates.size(); k++) {
      gains[k] = (float) (r1[k] + r2[k] - r1[0] - r2[0]);
    }
    return new Example(
        CandidateFeatures.of(candidates, input, f, scores, budget, s.salience()), gains, r1, r2);
  }

  /**
   * Mean ROUGE-1/2 of the default, of the reranker's pick and of the best candidate (an oracle).
   */
  private static double[] evaluate(LGBMBooster booster, List<Example> examples)
      throws LGBMException {
    double[] sum = new double[6];
    for (Example e : examples) {
      int n = e.gains().length;
      double[] p =
          booster.predictForMat(
              e.features(), n, CandidateFeatures.COUNT, true, PredictionType.C_API_PREDICT_NORMAL);
      int pick = 0;
      int oracle = 0;
      for (int k = 1; k < n; k++) {
        pick = p[k] > p[pick] ? k : pick;
        oracle = e.gains()[k] > e.gains()[oracle] ? k : oracle;
      }
      sum[0] += e.rouge1()[0];
      sum[1] += e.rouge2()[0];
      sum[2] += e.rouge1()[pick];
      sum[3] += e.rouge2()[pick];
      sum[4] += e.rouge1()[oracle];
      sum[5] += e.rouge2()[oracle];
    }
    int n = Math.max(1, examples.size());
    for (int k = 0; k < sum.length; k++) {
      sum[k] /= n;
    }
    return sum;
  }

  private static float[] concat(List<Example> examples, boolean features) {
    int n = 0;
    for (Example e : examples) {
      n += features ? e.features().length : e.gains().length;
    }
    float[] out = new float[n];
    int o = 0;
    for (Example e : examples) {
      float[] v = features ? e.features() : e.gains();
      System.arraycopy(v, 0, out, o, v.length);
      o += v.length;
    }
    return out;
  }
}
