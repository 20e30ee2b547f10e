package dev.dossier.cli;

import dev.dossier.eval.clustering.CopyDetectionEvaluation;
import dev.dossier.eval.data.EvalCluster;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval-dedup}: prints {@link CopyDetectionEvaluation} on a clusters file. */
@Command(
    name = "eval-dedup",
    mixinStandardHelpOptions = true,
    description =
        "Near-duplicate detection on constructed copies: precision, recall and documents per second.")
final class EvalDedupCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin LabelledClusters input = new LabelledClusters();

  @Option(
      names = "--seed",
      defaultValue = "11",
      description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws Exception {
    List<EvalCluster> clusters = input.read();
    CopyDetectionEvaluation.Report r = CopyDetectionEvaluation.run(clusters, seed);
    System.out.printf(
        Locale.ROOT,
        "%d documents: %d originals, %d edited copies, %d other reports of the same stories%n",
        r.documents(),
        r.originals(),
        r.copies(),
        r.others());
    System.out.printf(
        Locale.ROOT,
        "flagged %d; precision %.4f, recall %.4f; %.0f docs/s (signatures on %d cores, "
            + "lookups in order)%n",
        r.flagged(),
        r.precision(),
        r.recall(),
        r.documents() / Math.max(r.seconds(), 1e-9),
        Runtime.getRuntime().availableProcessors());
    return 0;
  }
}
