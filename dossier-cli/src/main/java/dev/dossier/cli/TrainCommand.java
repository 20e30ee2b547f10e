package dev.dossier.cli;

import dev.dossier.analyze.summary.SentenceFeatures;
import dev.dossier.analyze.summary.CandidateFeatures;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.SummaryReranker;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.engine.Dossier;
import dev.dossier.eval.EvalRunner;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.eval.train.RerankerTrainer;
import dev.dossier.eval.train.SummarizerTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier train}: trains the sentence scorer of the default summarizer and writes it with provenance. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the learned summarizer's sentence scorer (LightGBM on greedy-ROUGE-oracle labels) from "
        + "clusters with reference summaries.")
final class TrainCommand implements Callable<Integer> {
  static final Path DEFAULT_OUT = Path.of("dossier-analyze/src/main/resources/dev/dossier/analyze/summary");

  @Option(names = "--data", required = true, description = "training clusters, JSONL(.gz) with summaries")
  Path data;

  @Option(names = "--limit", defaultValue = "0", description = "only the first N clusters (0: all)")
  int limit;

  @Option(names = "--words", defaultValue = "300", description = "summary budget the oracle fills (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--rounds", defaultValue = "800", description = "boosting rounds at most (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--labels", defaultValue = "ORACLE", description = "ORACLE (binary, greedy ROUGE oracle), "
      + "PRECISION (regression on the sentence's n-gram precision against the reference) or RANK (LambdaRank "
      + "within each cluster); default: ${DEFAULT-VALUE}, as the shipped model")
  SummarizerTrainer.Labels labels;

  @Option(names = "--params", description = "LightGBM parameters, space-separated key=value (default: the shipped "
      + "model's)")
  String params;

  @Option(names = "--out-dir", description = "where to write the model and its provenance (default: the source "
      + "tree's resource folder, so the next build ships it)")
  Path outDir;

  @Option(names = "--threads", description = "threads (default: number of cores)")
  Integer threads;

  @Option(names = "--no-reranker", description = "train the sentence scorer only")
  boolean noReranker;

  @Option(names = "--reranker-rounds", defaultValue = "400", description = "boosting rounds of the summary reranker "
      + "at most (default: ${DEFAULT-VALUE})")
  int rerankerRounds;

  @Option(names = {"-q", "--quiet"}, description = "no progress bars")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      throw new Main.UserError("no such file: " + data);
    }
    if (limit < 0) {
      throw new Main.UsageError("--limit must be 0 (all clusters) or more, got " + limit);
    }
    Path dir = outDir != null ? outDir : DEFAULT_OUT;
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<EvalCluster> clusters = ClusterDataset.read(data, limit, w -> {
      if (!quiet) {
        System.err.println("warning: " + w);
      }
    });
    if (clusters.isEmpty()) {
      throw new Main.UserError("no usable cluster in " + data);
    }
    EvalRunner runner = new EvalRunner(Dossier.create().preparer(), words, n);
    List<SummaryInput> inputs;
    try (Progress p = new Progress("Preparing", clusters.size(), "clusters", quiet)) {
      inputs = runner.prepare(clusters, p::step);
    }
    long t0 = System.nanoTime();
    SummarizerTrainer.Result r;
    try (Progress p = new Progress("Labelling", clusters.size(), "clusters", quiet)) {
      r = new SummarizerTrainer().train(clusters, inputs, words, rounds, n, labels,
          params != null ? params : SummarizerTrainer.PARAMS, p::step);
    } catch (SummarizerTrainer.TooFewClusters e) {
      throw new Main.UserError(data + ": " + e.getMessage());
    }
    SentenceScorer.fromModelString(r.model());
    Files.createDirectories(dir);
    OutputFile.write(dir.resolve(SentenceScorer.RESOURCE), r.model());
    OutputFile.write(dir.resolve(WordSalience.RESOURCE), r.salience().toTsv());
    String provenance = String.join("\n",
        "# Provenance of sentence-scorer.lgbm.txt, the learned summarizer's sentence scorer.",
        "data=" + data.getFileName() + (limit > 0 ? " (first " + limit + " clusters)" : ""),
        "data_licence=Multi-News (LILY LAB Dataset Usage Agreement): non-commercial research and education only",
        "trained=" + LocalDate.now(),
        "command=dossier train --data " + data.getFileName() + (limit > 0 ? " --limit " + limit : "") + " --words "
            + words + " --rounds " + rounds + " --labels " + labels + (params != null ? " --params '" + params + "'" : ""),
        "labels=" + (labels == SummarizerTrainer.Labels.ORACLE ? "greedy ROUGE-1+2 F oracle at " + words + " words"
            : "mean of unigram and bigram precision of the sentence against the reference (stemmed)"),
        "learner=LightGBM (lightgbm4j 4.3.0-1) " + (params != null ? params : SummarizerTrainer.PARAMS),
        "features=" + String.join(",", SentenceFeatures.NAMES),
        "word_salience=" + r.salience().size() + " words in word-salience.tsv: P(word in reference | word in sources) "
            + "over the training clusters (not the holdout), words in at least 5 clusters, smoothed to the overall rate "
            + String.format(Locale.ROOT, "%.4f", r.salience().prior()),
        "train_clusters=" + r.trainClusters(),
        "holdout_clusters=" + r.holdoutClusters() + " (training clusters whose id hash is 0 mod 10)",
        "train_rows=" + r.trainRows(),
        "positive_rate=" + String.format(Locale.ROOT, "%.4f", r.positiveRate()),
        "best_iteration=" + r.bestIteration(),
        "stop_below=" + (Double.isInfinite(r.stopBelow()) ? "" : String.format(Locale.ROOT, "%.6f", r.stopBelow())),
        "stop_tuning=threshold maximizing ROUGE-1 F + ROUGE-2 F on the holdout clusters at " + words + " words: "
            + String.format(Locale.ROOT, "R1 %.2f R2 %.2f (without stopping: R1 %.2f R2 %.2f)", r.holdoutRouge1(),
            r.holdoutRouge2(), r.holdoutRouge1NoStop(), r.holdoutRouge2NoStop()),
        "holdout_loss=" + String.format(Locale.ROOT, "%.5f", r.holdoutLogloss()),
        "holdout_auc_or_l1=" + String.format(Locale.ROOT, "%.5f", r.holdoutAuc()), "");
    OutputFile.write(dir.resolve(SentenceScorer.PROPERTIES), provenance);
    System.err.printf(Locale.ROOT, "holdout at %d words: R1 %.2f R2 %.2f with stopping at %s (R1 %.2f R2 %.2f without)%n",
        words, r.holdoutRouge1(), r.holdoutRouge2(), r.stopBelow(), r.holdoutRouge1NoStop(), r.holdoutRouge2NoStop());
    System.err.printf(Locale.ROOT, "trained on %d clusters (%d rows) in %.0f s; best iteration %d, holdout loss "
        + "%.4f, second metric %.4f; wrote %s%n", r.trainClusters(), r.trainRows(), (System.nanoTime() - t0) / 1e9,
        r.bestIteration(), r.holdoutLogloss(), r.holdoutAuc(), dir);
    if (noReranker) {
      return 0;
    }
    try {
      trainReranker(clusters, inputs, n, new RerankerTrainer.Scorer(SentenceScorer.fromModelString(r.model()),
          r.salience(), r.stopBelow()), dir);
    } catch (SummarizerTrainer.TooFewClusters e) {
      throw new Main.UserError(data + ": " + e.getMessage());
    }
    return 0;
  }

  private void trainReranker(List<EvalCluster> clusters, List<SummaryInput> inputs, int n, RerankerTrainer.Scorer s,
      Path dir) throws Exception {
    long t0 = System.nanoTime();
    RerankerTrainer.Result rr;
    try (Progress p = new Progress("Reranker", clusters.size(), "clusters", quiet)) {
      rr = new RerankerTrainer().train(clusters, inputs, words, rerankerRounds, n, s, p::step);
    }
    SummaryReranker.fromModelString(rr.model());
    OutputFile.write(dir.resolve(SummaryReranker.RESOURCE), rr.model());
    String figures = String.format(Locale.ROOT, "default R1 %.2f R2 %.2f, reranked R1 %.2f R2 %.2f, best candidate "
        + "(oracle) R1 %.2f R2 %.2f", rr.defaultRouge1(), rr.defaultRouge2(), rr.rerankedRouge1(), rr.rerankedRouge2(),
        rr.candidateOracleRouge1(), rr.candidateOracleRouge2());
    OutputFile.write(dir.resolve(SummaryReranker.PROPERTIES), String.join("\n",
        "# Provenance of summary-reranker.lgbm.txt, which picks among whole candidate summaries.",
        "data=" + data.getFileName() + (limit > 0 ? " (first " + limit + " clusters)" : ""),
        "data_licence=Multi-News (LILY LAB Dataset Usage Agreement): non-commercial research and education only",
        "trained=" + LocalDate.now(),
        "command=dossier train --data " + data.getFileName() + (limit > 0 ? " --limit " + limit : "") + " --words "
            + words + " --reranker-rounds " + rerankerRounds + " (after the sentence scorer, with it)",
        "labels=ROUGE-1 F + ROUGE-2 F of each candidate minus the default selection's, in points",
        "cross_fitting=candidates of a training cluster come from a sentence scorer trained on the other half of the "
            + "clusters; holdout clusters come from the final scorer",
        "learner=LightGBM (lightgbm4j 4.3.0-1) " + RerankerTrainer.PARAMS,
        "features=" + String.join(",", CandidateFeatures.NAMES),
        "train_clusters=" + rr.trainClusters(),
        "holdout_clusters=" + rr.holdoutClusters() + " (training clusters whose id hash is 0 mod 10)",
        "rows=" + rr.rows(),
        "best_iteration=" + rr.bestIteration(),
        "holdout=" + figures, ""));
    System.err.printf(Locale.ROOT, "reranker: holdout %s; %d rounds; %.0f s; wrote %s%n", figures, rr.bestIteration(),
        (System.nanoTime() - t0) / 1e9, dir);
  }
}
