package dev.dossier.cli;

import dev.dossier.eval.train.SummarizerTrainer;
import dev.dossier.eval.train.TrainingJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier train}: trains the sentence scorer of the default summarizer and writes it with
 * provenance.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train the learned summarizer's sentence scorer (LightGBM on greedy-ROUGE-oracle labels) from "
            + "clusters with reference summaries.")
final class TrainCommand implements Callable<Integer> {
  static final Path DEFAULT_OUT =
      Path.of("dossier-analyze/src/main/resources/dev/dossier/analyze/summary");

  @Option(
      names = "--data",
      required = true,
      description = "training clusters, JSONL(.gz) with summaries")
  Path data;

  @Option(names = "--limit", defaultValue = "0", description = "only the first N clusters (0: all)")
  int limit;

  @Option(
      names = "--words",
      defaultValue = "300",
      description = "summary budget the oracle fills (default: ${DEFAULT-VALUE})")
  int words;

  @Option(
      names = "--rounds",
      defaultValue = "800",
      description = "boosting rounds at most (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(
      names = "--labels",
      defaultValue = "ORACLE",
      description =
          "ORACLE (binary, greedy ROUGE oracle), "
              + "PRECISION (regression on the sentence's n-gram precision against the reference) or RANK (LambdaRank "
              + "within each cluster); default: ${DEFAULT-VALUE}, as the shipped model")
  SummarizerTrainer.Labels labels;

  @Option(
      names = "--params",
      description =
          "LightGBM parameters, space-separated key=value (default: the shipped " + "model's)")
  String params;

  @Option(
      names = "--out-dir",
      description =
          "where to write the model and its provenance (default: the source "
              + "tree's resource folder, so the next build ships it)")
  Path outDir;

  @Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--no-reranker", description = "train the sentence scorer only")
  boolean noReranker;

  @Option(
      names = "--reranker-rounds",
      defaultValue = "400",
      description =
          "boosting rounds of the summary reranker " + "at most (default: ${DEFAULT-VALUE})")
  int rerankerRounds;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bars")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      throw new Main.UserError("no such file: " + data);
    }
    if (limit < 0) {
      throw new Main.UsageError("--limit must be 0 (all clusters) or more, got " + limit);
    }
    TrainingJob job =
        new TrainingJob(
            data,
            limit,
            words,
            rounds,
            labels,
            params,
            outDir != null ? outDir : DEFAULT_OUT,
            engine.threadCount(),
            noReranker,
            rerankerRounds);
    try (Progress progress = new Progress(System.err, quiet)) {
      job.run(
          engine.engine(null),
          progress,
          line -> {
            progress.end();
            System.err.println(line);
          });
    }
    return 0;
  }
}
