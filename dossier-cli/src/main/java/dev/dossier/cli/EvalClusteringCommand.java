package dev.dossier.cli;

import dev.dossier.eval.clustering.ClusteringMetrics;
import dev.dossier.eval.clustering.StreamClusteringEvaluation;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.cluster.ClustererOptions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval-clustering}: prints {@link StreamClusteringEvaluation} on a clusters file.
 */
@Command(
    name = "eval-clustering",
    mixinStandardHelpOptions = true,
    description =
        "Shuffle the documents of labelled clusters into one stream, cluster it, and report pairwise and "
            + "B-cubed precision/recall/F1 and documents per second.")
final class EvalClusteringCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin LabelledClusters input = new LabelledClusters();

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
      names = "--kept-only",
      description =
          "use only the documents the data marks as on topic "
              + "(Multi-News+ mnplus_kept_documents); Multi-News assigns some unrelated pages to clusters")
  boolean keptOnly;

  @Option(names = "--doc-terms", description = "terms per article vector (default: the tuned one)")
  Integer docTerms;

  @Override
  public Integer call() throws Exception {
    List<EvalCluster> clusters = input.read();
    ClustererOptions base = ClustererOptions.defaults();
    ClustererOptions options =
        new ClustererOptions(
            threshold == null ? base.threshold() : threshold,
            docTerms == null ? base.docTerms() : docTerms,
            Math.max(base.centroidTerms(), docTerms == null ? 0 : docTerms * 3),
            base.windowDays());
    StreamClusteringEvaluation.Report r =
        StreamClusteringEvaluation.run(clusters, keptOnly, seed, options);
    ClusteringMetrics m = r.all();
    System.out.printf(
        Locale.ROOT,
        "%d clusters, %d documents%s (%d empty after cleaning), threshold %.2f, shuffled with "
            + "seed %d%n",
        r.clusters(),
        r.documents(),
        keptOnly ? " kept as on topic" : "",
        r.emptied(),
        options.threshold(),
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
        r.documents() / Math.max(r.seconds(), 1e-9));
    return 0;
  }
}
