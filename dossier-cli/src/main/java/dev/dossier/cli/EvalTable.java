package dev.dossier.cli;

import dev.dossier.eval.SystemResult;
import java.util.List;
import java.util.Locale;

/** The side-by-side table of {@code dossier eval}, as Markdown so it pastes into notes and issues. */
final class EvalTable {
  private EvalTable() {}

  static String render(String dataset, int clusters, int words, double prepSecs, List<SystemResult> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "ROUGE on %s: %d clusters, %d-word budget, stemmed, F averaged per "
        + "example (preparation: cleaning and sentence splitting, %.1f s)%n%n", dataset, clusters, words, prepSecs));
    sb.append("| system | R1-F | R2-F | RL-F | RLsum-F | R1-P | R1-R | R2-P | R2-R | words | seconds | clusters/s |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (SystemResult r : results) {
      sb.append(String.format(Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f | %.0f |%n", r.system(), r.r1f(),
          r.r2f(), r.rlf(), r.rlsumf(), r.r1p(), r.r1r(), r.r2p(), r.r2r(), r.meanWords(), r.seconds(),
          r.clusters() / Math.max(r.seconds(), 1e-9)));
    }
    return sb.toString();
  }
}
