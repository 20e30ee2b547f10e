package dev.dossier.eval;

import dev.dossier.analyze.summary.LearnedSummarizer;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.SummaryReranker;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.ProgressListener;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.eval.report.EvalTable;
import dev.dossier.eval.report.ExampleScores;
import dev.dossier.ingest.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One run of {@code dossier eval}: summarizers side by side on the same prepared clusters (prepared
 * by the engine, as {@code summarize} prepares them), scored with ROUGE, and optionally compared
 * with a baseline cluster by cluster.
 *
 * @param systems comma-separated names of {@link SystemCatalog}
 * @param limit only the first clusters (0: all)
 * @param model a folder with a trained scorer and lexicon (and optionally a reranker) for the
 *     learned system, or null for the shipped ones
 * @param baseline the system the others are compared with, or null for no comparison
 * @param perExample where to write every system's scores per cluster, or null
 */
public record EvalJob(
    Path dataset,
    String systems,
    int words,
    int limit,
    int threads,
    Path model,
    String baseline,
    Path perExample) {
  /** The result tables, as Markdown. */
  public String run(Dossier dossier, ProgressListener listener) throws IOException {
    Summarizer learned = model == null ? null : loadModel(model);
    List<Summarizer> chosen =
        new SystemCatalog(() -> learned == null ? new LearnedSummarizer() : learned)
            .select(systems);
    List<EvalCluster> clusters = ClusterDataset.read(dataset, limit, listener::warn);
    if (clusters.isEmpty()) {
      throw new InputException("no usable cluster in " + dataset);
    }
    EvalRunner runner = new EvalRunner(dossier.preparer(), words, threads);
    long t0 = System.nanoTime();
    listener.begin("Preparing", clusters.size(), "clusters");
    List<SummaryInput> inputs = runner.prepare(clusters, listener::step);
    listener.end();
    double prepSecs = (System.nanoTime() - t0) / 1e9;
    List<SystemResult> results = new ArrayList<>();
    for (Summarizer s : chosen) {
      listener.begin(s.name(), clusters.size(), "clusters");
      results.add(runner.run(s, clusters, inputs, listener::step));
      listener.end();
    }
    String out =
        EvalTable.render(
            dataset.getFileName().toString(), clusters.size(), words, prepSecs, results);
    if (baseline != null && chosen.size() > 1) {
      out += "\n" + EvalTable.renderComparison(baseline, results);
    }
    if (perExample != null) {
      ExampleScores.write(perExample, results);
    }
    return out;
  }

  /** A trained learned summarizer from {@code dossier train --out-dir DIR}. */
  public static Summarizer loadModel(Path dir) throws IOException {
    Path m = dir.resolve(SentenceScorer.RESOURCE);
    Path w = dir.resolve(WordSalience.RESOURCE);
    if (!Files.isRegularFile(m) || !Files.isRegularFile(w)) {
      throw new InputException(
          "--model needs a folder with "
              + SentenceScorer.RESOURCE
              + " and "
              + WordSalience.RESOURCE);
    }
    Properties props = new Properties();
    Path pf = dir.resolve(SentenceScorer.PROPERTIES);
    if (Files.isRegularFile(pf)) {
      try (var r = Files.newBufferedReader(pf)) {
        props.load(r);
      }
    }
    Path rr = dir.resolve(SummaryReranker.RESOURCE);
    SummaryReranker reranker =
        Files.isRegularFile(rr) ? SummaryReranker.fromModelString(Files.readString(rr)) : null;
    return new LearnedSummarizer(
        SentenceScorer.fromModelString(Files.readString(m)),
        WordSalience.fromTsv(Files.readString(w)),
        SentenceScorer.stopThreshold(props),
        reranker);
  }
}
