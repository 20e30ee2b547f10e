package dev.dossier.eval.report;

import dev.dossier.eval.ExampleScore;
import dev.dossier.eval.PairedDifference;
import dev.dossier.eval.SystemResult;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The side-by-side table of {@code dossier eval}, as Markdown so it pastes into notes and issues.
 */
public final class EvalTable {
  private EvalTable() {}

  public static String render(
      String dataset, int clusters, int words, double prepSecs, List<SystemResult> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "ROUGE on %s: %d clusters, %d-word budget, stemmed, F averaged per "
                + "example (preparation: cleaning and sentence splitting, %.1f s)%n%n",
            dataset,
            clusters,
            words,
            prepSecs));
    sb.append(
        "| system | R1-F | R2-F | RL-F | RLsum-F | R1-P | R1-R | R2-P | R2-R | words | seconds | clusters/s |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (SystemResult r : results) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f | %.0f |%n",
              r.system(),
              r.r1f(),
              r.r2f(),
              r.rlf(),
              r.rlsumf(),
              r.r1p(),
              r.r1r(),
              r.r2p(),
              r.r2r(),
              r.meanWords(),
              r.seconds(),
              r.clusters() / Math.max(r.seconds(), 1e-9)));
    }
    return sb.toString();
  }

  /**
   * Each system against the baseline, cluster by cluster: the mean gain in F points, its 95%
   * interval ({@link PairedDifference}), and in how many clusters ROUGE-1 is higher or lower.
   */
  public static String renderComparison(String baseline, List<SystemResult> results) {
    SystemResult base =
        results.stream()
            .filter(r -> r.system().equals(baseline))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no results for baseline " + baseline));
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Against %s, cluster by cluster (gain in F points; 95%% interval from "
                + "%,d bootstrap resamples of the clusters; * where it excludes 0)%n%n",
            baseline,
            PairedDifference.RESAMPLES));
    sb.append(
        "| system | R1-F gain | 95% interval | R2-F gain | 95% interval | RL-F gain | 95% interval "
            + "| R1 better / same / worse |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (SystemResult r : results) {
      if (r == base) {
        continue;
      }
      PairedDifference.Result r1 = diff(r, base, ExampleScore::r1f);
      PairedDifference.Result r2 = diff(r, base, ExampleScore::r2f);
      PairedDifference.Result rl = diff(r, base, ExampleScore::rlf);
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %s | %d / %d / %d |%n",
              r.system(),
              gain(r1),
              interval(r1),
              gain(r2),
              interval(r2),
              gain(rl),
              interval(rl),
              r1.better(),
              r1.same(),
              r1.worse()));
    }
    return sb.toString();
  }

  private static PairedDifference.Result diff(
      SystemResult r, SystemResult base, ToDoubleFunction<ExampleScore> f) {
    return PairedDifference.of(
        r.examples().stream().mapToDouble(f).toArray(),
        base.examples().stream().mapToDouble(f).toArray());
  }

  private static String gain(PairedDifference.Result d) {
    return String.format(Locale.ROOT, "%+.2f%s", 100 * d.mean(), d.clear() ? "*" : "");
  }

  private static String interval(PairedDifference.Result d) {
    return String.format(Locale.ROOT, "[%+.2f, %+.2f]", 100 * d.low(), 100 * d.high());
  }
}
