package dev.dossier.eval.train;

import dev.dossier.analyze.summary.CandidateFeatures;
import dev.dossier.analyze.summary.SentenceFeatures;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.SummaryReranker;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.OutputFile;
import dev.dossier.engine.ProgressListener;
import dev.dossier.eval.EvalRunner;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.ingest.InputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One run of {@code dossier train}: prepares the clusters through the engine (as {@code summarize}
 * does), trains the sentence scorer and its word lexicon, then (unless {@code noReranker}) the
 * summary reranker, and writes each model with its provenance (data, licence, parameters, date,
 * holdout figures) into {@code dir}.
 *
 * @param params LightGBM parameters, or null for the shipped model's
 */
public record TrainingJob(
    Path data,
    int limit,
    int words,
    int rounds,
    SummarizerTrainer.Labels labels,
    String params,
    Path dir,
    int threads,
    boolean noReranker,
    int rerankerRounds) {
  /** Trains and writes the models; {@code log} gets the holdout figures as lines. */
  public void run(Dossier dossier, ProgressListener progress, Consumer<String> log)
      throws Exception {
    int n = threads;
    List<EvalCluster> clusters = ClusterDataset.read(data, limit, progress::warn);
    if (clusters.isEmpty()) {
      throw new InputException("no usable cluster in " + data);
    }
    EvalRunner runner = new EvalRunner(dossier.preparer(), words, n);
    progress.begin("Preparing", clusters.size(), "clusters");
    List<SummaryInput> inputs = runner.prepare(clusters, progress::step);
    progress.end();
    long t0 = System.nanoTime();
    SummarizerTrainer.Result r;
    progress.begin("Labelling", clusters.size(), "clusters");
    try {
      r =
          new SummarizerTrainer()
              .train(
                  clusters,
                  inputs,
                  words,
                  rounds,
                  n,
                  labels,
                  params != null ? params : SummarizerTrainer.PARAMS,
                  progress::step);
    } catch (SummarizerTrainer.TooFewClusters e) {
      throw new InputException(data + ": " + e.getMessage());
    } finally {
      progress.end();
    }
    SentenceScorer.fromModelString(r.model());
    java.nio.file.Files.createDirectories(dir);
    OutputFile.write(dir.resolve(SentenceScorer.RESOURCE), r.model());
    OutputFile.write(dir.resolve(WordSalience.RESOURCE), r.salience().toTsv());
    String provenance =
        String.join(
            "\n",
            head(
                "sentence-scorer.lgbm.txt, the learned summarizer's sentence scorer",
                " --rounds "
                    + rounds
                    + " --labels "
                    + labels
                    + (params != null ? " --params '" + params + "'" : "")),
            "labels="
                + (labels == SummarizerTrainer.Labels.ORACLE
                    ? "greedy ROUGE-1+2 F oracle at " + words + " words"
                    : "mean of unigram and bigram precision of the sentence against the reference (stemmed)"),
            "learner=LightGBM (lightgbm4j 4.3.0-1) "
                + (params != null ? params : SummarizerTrainer.PARAMS),
            "features=" + String.join(",", SentenceFeatures.NAMES),
            "word_salience="
                + r.salience().size()
                + " words in word-salience.tsv: P(word in reference | word in sources) "
                + "over the training clusters (not the holdout), words in at least 5 clusters, smoothed to the overall rate "
                + String.format(Locale.ROOT, "%.4f", r.salience().prior()),
            "train_clusters=" + r.trainClusters(),
            "holdout_clusters="
                + r.holdoutClusters()
                + " (training clusters whose id hash is 0 mod 10)",
            "train_rows=" + r.trainRows(),
            "positive_rate=" + String.format(Locale.ROOT, "%.4f", r.positiveRate()),
            "best_iteration=" + r.bestIteration(),
            "stop_below="
                + (Double.isInfinite(r.stopBelow())
                    ? ""
                    : String.format(Locale.ROOT, "%.6f", r.stopBelow())),
            "stop_tuning=threshold maximizing ROUGE-1 F + ROUGE-2 F on the holdout clusters at "
                + words
                + " words: "
                + String.format(
                    Locale.ROOT,
                    "R1 %.2f R2 %.2f (without stopping: R1 %.2f R2 %.2f)",
                    r.holdoutRouge1(),
                    r.holdoutRouge2(),
                    r.holdoutRouge1NoStop(),
                    r.holdoutRouge2NoStop()),
            "holdout_loss=" + String.format(Locale.ROOT, "%.5f", r.holdoutLogloss()),
            "holdout_auc_or_l1=" + String.format(Locale.ROOT, "%.5f", r.holdoutAuc()),
            "");
    OutputFile.write(dir.resolve(SentenceScorer.PROPERTIES), provenance);
    log.accept(
        String.format(
                Locale.ROOT,
                "holdout at %d words: R1 %.2f R2 %.2f with stopping at %s (R1 %.2f R2 %.2f without)%n",
                words,
                r.holdoutRouge1(),
                r.holdoutRouge2(),
                r.stopBelow(),
                r.holdoutRouge1NoStop(),
                r.holdoutRouge2NoStop())
            .strip());
    log.accept(
        String.format(
                Locale.ROOT,
                "trained on %d clusters (%d rows) in %.0f s; best iteration %d, holdout loss "
                    + "%.4f, second metric %.4f; wrote %s%n",
                r.trainClusters(),
                r.trainRows(),
                (System.nanoTime() - t0) / 1e9,
                r.bestIteration(),
                r.holdoutLogloss(),
                r.holdoutAuc(),
                dir)
            .strip());
    if (noReranker) {
      return;
    }
    try {
      trainReranker(
          clusters,
          inputs,
          n,
          new RerankerTrainer.Scorer(
              SentenceScorer.fromModelString(r.model()), r.salience(), r.stopBelow()),
          dir,
          progress,
          log);
    } catch (SummarizerTrainer.TooFewClusters e) {
      throw new InputException(data + ": " + e.getMessage());
    }
  }

  private void trainReranker(
      List<EvalCluster> clusters,
      List<SummaryInput> inputs,
      int n,
      RerankerTrainer.Scorer s,
      Path dir,
      ProgressListener progress,
      Consumer<String> log)
      throws Exception {
    long t0 = System.nanoTime();
    RerankerTrainer.Result rr;
    progress.begin("Reranker", clusters.size(), "clusters");
    try {
      rr =
          new RerankerTrainer()
              .train(clusters, inputs, words, rerankerRounds, n, s, progress::step);
    } finally {
      progress.end();
    }
    SummaryReranker.fromModelString(rr.model());
    OutputFile.write(dir.resolve(SummaryReranker.RESOURCE), rr.model());
    String figures =
        String.format(
            Locale.ROOT,
            "default R1 %.2f R2 %.2f, reranked R1 %.2f R2 %.2f, best candidate "
                + "(oracle) R1 %.2f R2 %.2f",
            rr.defaultRouge1(),
            rr.defaultRouge2(),
            rr.rerankedRouge1(),
            rr.rerankedRouge2(),
            rr.candidateOracleRouge1(),
            rr.candidateOracleRouge2());
    OutputFile.write(
        dir.resolve(SummaryReranker.PROPERTIES),
        String.join(
            "\n",
            head(
                "summary-reranker.lgbm.txt, which picks among whole candidate summaries",
                " --reranker-rounds " + rerankerRounds + " (after the sentence scorer, with it)"),
            "labels=ROUGE-1 F + ROUGE-2 F of each candidate minus the default selection's, in points",
            "cross_fitting=candidates of a training cluster come from a sentence scorer trained on the other half of the "
                + "clusters; holdout clusters come from the final scorer",
            "learner=LightGBM (lightgbm4j 4.3.0-1) " + RerankerTrainer.PARAMS,
            "features=" + String.join(",", CandidateFeatures.NAMES),
            "train_clusters=" + rr.trainClusters(),
            "holdout_clusters="
                + rr.holdoutClusters()
                + " (training clusters whose id hash is 0 mod 10)",
            "rows=" + rr.rows(),
            "best_iteration=" + rr.bestIteration(),
            "holdout=" + figures,
            ""));
    log.accept(
        String.format(
            Locale.ROOT,
            "reranker: holdout %s; %d rounds; %.0f s; wrote %s",
            figures,
            rr.bestIteration(),
            (System.nanoTime() - t0) / 1e9,
            dir));
  }

  /**
   * The provenance lines every model file of a run begins with: what it is, the data and its
   * licence, the day, and the command (its shared part, then {@code commandTail}).
   */
  private String head(String what, String commandTail) {
    return String.join(
        "\n",
        "# Provenance of " + what + ".",
        "data=" + data.getFileName() + (limit > 0 ? " (first " + limit + " clusters)" : ""),
        "data_licence=Multi-News (LILY LAB Dataset Usage Agreement): non-commercial research and "
            + "education only",
        "trained=" + LocalDate.now(),
        "command=dossier train --data "
            + data.getFileName()
            + (limit > 0 ? " --limit " + limit : "")
            + " --words "
            + words
            + commandTail);
  }
}
