package dev.dossier.cli;

import dev.dossier.engine.OutputFile;
import dev.dossier.eval.EvalJob;
import dev.dossier.eval.SystemCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier eval}: summarizers side by side on a dataset, scored with ROUGE. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score summarizers side by side with ROUGE-1/2/L/Lsum (stemmed, F averaged per example; the "
            + "prediction is cut to --words by the scorer).")
final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--dataset",
      required = true,
      description = "JSONL(.gz) of {\"id\", \"documents\", \"summary\"|\"summaries\"}")
  Path dataset;

  @Option(
      names = "--system",
      defaultValue = "lead3,leadfill,lexrank,textrank,sumbasic,mmr,dossier",
      description = "comma-separated systems (default: ${DEFAULT-VALUE}; also: centroid)")
  String systems;

  @Option(
      names = "--words",
      defaultValue = "300",
      description = "word budget (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--limit", defaultValue = "0", description = "only the first N clusters (0: all)")
  int limit;

  @Mixin EngineOptions engine = new EngineOptions();

  @Option(
      names = "--model",
      description =
          "folder with a trained sentence-scorer.lgbm.txt and word-salience.tsv (and, if present, "
              + "summary-reranker.lgbm.txt) "
              + "(from dossier train --out-dir) for the learned system (default: the shipped ones)")
  Path model;

  @Option(
      names = "--baseline",
      defaultValue = "leadfill",
      description =
          "system the others are compared with, cluster by cluster, in a second table (mean gain, 95%% "
              + "bootstrap interval, clusters better/worse), when it is among --system; none: no comparison "
              + "(default: ${DEFAULT-VALUE})")
  String baseline;

  @Option(
      names = "--per-example",
      paramLabel = "FILE",
      description =
          "also write each system's scores on each cluster here, as JSONL {id, system, r1, r2, rl, words}")
  Path perExample;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bars")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(dataset)) {
      throw new Main.UserError("no such file: " + dataset);
    }
    if (limit < 0) {
      throw new Main.UsageError("--limit must be 0 (all clusters) or more, got " + limit);
    }
    List<String> names = Arrays.stream(systems.split(",")).map(String::strip).toList();
    List<String> known = new SystemCatalog(() -> null).names();
    for (String n : names) {
      if (!known.contains(n)) {
        throw new Main.UsageError(
            "--system: unknown system '" + n + "' (known: " + String.join(", ", known) + ")");
      }
    }
    boolean compare = !baseline.equals("none") && names.size() > 1;
    if (compare && !names.contains(baseline)) {
      throw new Main.UsageError(
          "--baseline '"
              + baseline
              + "' is not among --system ("
              + systems
              + "); name one of them, or none");
    }
    if (perExample != null) {
      OutputFile.prepare(perExample, "--per-example"); // fail before the long run, not after it
    }
    EvalJob job =
        new EvalJob(
            dataset,
            systems,
            words,
            limit,
            engine.threadCount(),
            model,
            compare ? baseline : null,
            perExample);
    try (Progress progress = new Progress(System.err, quiet)) {
      String tables = job.run(engine.engine(null), progress);
      progress.end();
      System.out.println(tables);
    }
    return 0;
  }
}
