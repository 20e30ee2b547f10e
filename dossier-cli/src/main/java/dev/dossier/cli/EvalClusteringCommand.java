package dev.dossier.cli;

import dev.dossier.eval.clustering.ClusteringMetrics;
import dev.dossier.eval.clustering.StreamClusteringEvaluation;
import dev.dossier.eval.clustering.StreamCorpus;
import dev.dossier.eval.clustering.StreamDocument;
import dev.dossier.group.cluster.ClustererOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval-clustering}: prints {@link StreamClusteringEvaluation} on one or more
 * labelled streams, and optionally how quality and speed hold as the stream grows.
 */
@Command(
    name = "eval-clustering",
    mixinStandardHelpOptions = true,
    description =
        "Put the documents of labelled stories into one stream (shuffled; dated ones in date order), "
            + "cluster it, and report pairwise and B-cubed precision/recall/F1 and documents per "
            + "second. Several --in files make one stream.")
final class EvalClusteringCommand implements Callable<Integer> {
  @Option(
      names = "--in",
      required = true,
      description =
          "labelled stream, JSONL(.gz): a cluster a line {\"id\", \"documents\": [...]} or an "
              + "article a line {\"cluster\", \"docno\"|\"id\", \"headline\"|\"title\", \"text\", "
              + "\"date\"}; repeat to mix streams")
  List<Path> in;

  @Option(
      names = "--limit",
      defaultValue = "2000",
      description = "stories to read from each file (default: ${DEFAULT-VALUE}; 0: all)")
  int limit;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "shuffle seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--threshold",
      description = "similarity to join a story (default: the tuned one)")
  Double threshold;

  @Option(
      names = "--merge-threshold",
      description = "similarity for the merge pass to join two stories (default: the tuned one)")
  Double mergeThreshold;

  @Option(names = "--doc-terms", description = "terms per article vector (default: the tuned one)")
  Integer docTerms;

  @Option(
      names = "--kept-only",
      description =
          "use only the documents the data marks as on topic "
              + "(Multi-News+ mnplus_kept_documents); Multi-News assigns some unrelated pages to clusters")
  boolean keptOnly;

  @Option(
      names = "--no-dates",
      description = "withhold publication dates from the clusterer (they are used by default)")
  boolean noDates;

  @Option(
      names = "--scaling",
      split = ",",
      paramLabel = "N",
      description =
          "also cluster growing parts of the stream (whole stories up to N documents each), e.g. "
              + "800,2000,5000,20000, printing quality and docs/s at each size")
  List<Integer> scaling = List.of();

  @Override
  public Integer call() throws Exception {
    List<StreamDocument> docs = new ArrayList<>();
    for (Path p : in) {
      if (!Files.isRegularFile(p)) {
        throw new Main.UserError("no such file: " + p);
      }
      List<StreamDocument> part =
          StreamCorpus.read(p, limit, keptOnly, w -> System.err.println("warning: " + w));
      if (part.isEmpty()) {
        throw new Main.UserError(
            "no labelled documents in " + p + ": see --help for the two line shapes");
      }
      docs.addAll(part);
    }
    ClustererOptions options = ClustererOptions.defaults();
    if (threshold != null) {
      options = options.withThreshold(threshold);
    }
    if (mergeThreshold != null) {
      options = options.withMergeThreshold(mergeThreshold);
    }
    if (docTerms != null) {
      options = options.withDocTerms(docTerms);
    }
    StreamClusteringEvaluation.Report r =
        StreamClusteringEvaluation.run(docs, !noDates, seed, options);
    print(r, options);
    if (!scaling.isEmpty()) {
      System.out.println();
      System.out.println("scaling (whole stories up to each size, clustered from scratch):");
      System.out.println("documents  stories  pairwise F1  B-cubed F1  docs/s");
      StreamClusteringEvaluation.scaling(
          docs,
          scaling,
          !noDates,
          seed,
          options,
          s ->
              System.out.printf(
                  Locale.ROOT,
                  "%9d  %7d  %11.4f  %10.4f  %6.0f%n",
                  s.documents(),
                  s.clusters(),
                  s.all().pairwiseF1(),
                  s.all().bcubedF1(),
                  s.docsPerSecond()));
    }
    return 0;
  }

  private void print(StreamClusteringEvaluation.Report r, ClustererOptions options) {
    ClusteringMetrics m = r.all();
    System.out.printf(
        Locale.ROOT,
        "%d clusters, %d documents%s (%d empty after cleaning, %d dated), thresholds %.2f "
            + "(online) and %.2f (merge), %d terms an article, shuffled with seed %d%n",
        r.clusters(),
        r.documents(),
        keptOnly ? " kept as on topic" : "",
        r.emptied(),
        r.dated(),
        options.threshold(),
        options.mergeThreshold(),
        options.docTerms(),
        seed);
    System.out.printf(
        Locale.ROOT,
        "pairwise  P %.4f  R %.4f  F1 %.4f%n",
        m.pairwisePrecision(),
        m.pairwiseRecall(),
        m.pairwiseF1());
    System.out.printf(
        Locale.ROOT,
        "B-cubed   P %.4f  R %.4f  F1 %.4f%n",
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1());
    r.parts()
        .forEach(
            (part, pm) ->
                System.out.printf(
                    Locale.ROOT,
                    "  of which %s: pairwise F1 %.4f (P %.4f R %.4f), B-cubed F1 %.4f%n",
                    part,
                    pm.pairwiseF1(),
                    pm.pairwisePrecision(),
                    pm.pairwiseRecall(),
                    pm.bcubedF1()));
    ClusteringMetrics t = r.withText();
    System.out.printf(
        Locale.ROOT,
        "without the %d documents that cleaning emptied (platform boilerplate): pairwise F1 "
            + "%.4f (P %.4f R %.4f), B-cubed F1 %.4f%n",
        r.emptied(),
        t.pairwiseF1(),
        t.pairwisePrecision(),
        t.pairwiseRecall(),
        t.bcubedF1());
    ClusteringMetrics c = r.ceiling();
    System.out.printf(
        Locale.ROOT,
        "ceiling (every document with text left in its right story): pairwise F1 %.4f "
            + "(R %.4f), B-cubed F1 %.4f%n",
        c.pairwiseF1(),
        c.pairwiseRecall(),
        c.bcubedF1());
    System.out.printf(
        Locale.ROOT,
        "gold clusters %d, predicted %d; clustering %.1f s (%.0f docs/s, one thread)%n",
        m.goldClusters(),
        m.predictedClusters(),
        r.seconds(),
        r.docsPerSecond());
  }
}
