package dev.dossier.cli;

import dev.dossier.analyze.summary.LearnedSummarizer;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.SummaryReranker;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.engine.Dossier;
import dev.dossier.eval.EvalRunner;
import dev.dossier.eval.SystemCatalog;
import dev.dossier.eval.SystemResult;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval}: summarizers side by side on a dataset, scored with ROUGE. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score summarizers side by side with ROUGE-1/2/L/Lsum (stemmed, F averaged per example; the "
        + "prediction is cut to --words by the scorer).")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, description = "JSONL(.gz) of {\"id\", \"documents\", \"summary\"|\"summaries\"}")
  Path dataset;

  @Option(names = "--system", defaultValue = "lead3,leadfill,lexrank,textrank,sumbasic,mmr,dossier",
      description = "comma-separated systems (default: ${DEFAULT-VALUE}; also: centroid)")
  String systems;

  @Option(names = "--words", defaultValue = "300", description = "word budget (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--limit", defaultValue = "0", description = "only the first N clusters (0: all)")
  int limit;

  @Option(names = "--threads", description = "parallel clusters (default: number of cores)")
  Integer threads;

  @Option(names = "--model", description = "folder with a trained sentence-scorer.lgbm.txt and word-salience.tsv (and, if present, "
      + "summary-reranker.lgbm.txt) "
      + "(from dossier train --out-dir) for the learned system (default: the shipped ones)")
  Path model;

  @Option(names = "--baseline", defaultValue = "leadfill",
      description = "system the others are compared with, cluster by cluster, in a second table (mean gain, 95%% "
          + "bootstrap interval, clusters better/worse), when it is among --system; none: no comparison "
          + "(default: ${DEFAULT-VALUE})")
  String baseline;

  @Option(names = "--per-example", paramLabel = "FILE",
      description = "also write each system's scores on each cluster here, as JSONL {id, system, r1, r2, rl, words}")
  Path perExample;

  @Option(names = {"-q", "--quiet"}, description = "no progress bars")
  boolean quiet;

  static Summarizer loadModel(Path dir) throws java.io.IOException {
    Path m = dir.resolve(SentenceScorer.RESOURCE);
    Path w = dir.resolve(WordSalience.RESOURCE);
    if (!Files.isRegularFile(m) || !Files.isRegularFile(w)) {
      throw new Main.UserError("--model needs a folder with " + SentenceScorer.RESOURCE + " and " + WordSalience.RESOURCE);
    }
    java.util.Properties props = new java.util.Properties();
    Path pf = dir.resolve(SentenceScorer.PROPERTIES);
    if (Files.isRegularFile(pf)) {
      try (var r = Files.newBufferedReader(pf)) {
        props.load(r);
      }
    }
    Path rr = dir.resolve(SummaryReranker.RESOURCE);
    SummaryReranker reranker = Files.isRegularFile(rr) ? SummaryReranker.fromModelString(Files.readString(rr)) : null;
    return new LearnedSummarizer(SentenceScorer.fromModelString(Files.readString(m)),
        WordSalience.fromTsv(Files.readString(w)), SentenceScorer.stopThreshold(props), reranker);
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(dataset)) {
      throw new Main.UserError("no such file: " + dataset);
    }
    if (limit < 0) {
      throw new Main.UsageError("--limit must be 0 (all clusters) or more, got " + limit);
    }
    List<String> names = java.util.Arrays.stream(systems.split(",")).map(String::strip).toList();
    boolean compare = !baseline.equals("none") && names.size() > 1;
    if (compare && !names.contains(baseline)) {
      throw new Main.UsageError(
          "--baseline '" + baseline + "' is not among --system (" + systems + "); name one of them, or none");
    }
    if (perExample != null) {
      // Fail before the long run, not after it.
      OutputFile.prepare(perExample, "--per-example");
    }
    Summarizer learned = model == null ? null : loadModel(model);
    List<Summarizer> chosen;
    try {
      chosen = new SystemCatalog(() -> learned == null ? new LearnedSummarizer() : learned).select(systems);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageError("--system: " + e.getMessage());
    }
    List<EvalCluster> clusters = ClusterDataset.read(dataset, limit, w -> {
      if (!quiet) {
        System.err.println("warning: " + w);
      }
    });
    if (clusters.isEmpty()) {
      throw new Main.UserError("no usable cluster in " + dataset);
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    EvalRunner runner = new EvalRunner(Dossier.create().preparer(), words, n);
    List<SummaryInput> inputs;
    long t0 = System.nanoTime();
    try (Progress p = new Progress("Preparing", clusters.size(), "clusters", quiet)) {
      inputs = runner.prepare(clusters, p::step);
    }
    double prepSecs = (System.nanoTime() - t0) / 1e9;
    List<SystemResult> results = new ArrayList<>();
    for (Summarizer s : chosen) {
      try (Progress p = new Progress(s.name(), clusters.size(), "clusters", quiet)) {
        results.add(runner.run(s, clusters, inputs, p::step));
      }
    }
    System.out.println(EvalTable.render(dataset.getFileName().toString(), clusters.size(), words, prepSecs, results));
    if (compare) {
      System.out.println(EvalTable.renderComparison(baseline, results));
    }
    if (perExample != null) {
      ExampleScores.write(perExample, results);
    }
    return 0;
  }
}
