package dev.dossier.eval;

import java.util.List;

/**
 * Corpus-level scores of one system: means of per-example precision, recall and F, in percent, and
 * the per-example scores they are the means of (in the dataset's order, for paired comparisons).
 */
public record SystemResult(
    String system,
    int clusters,
    double r1p,
    double r1r,
    double r1f,
    double r2p,
    double r2r,
    double r2f,
    double rlf,
    double rlsumf,
    double meanWords,
    double seconds,
    List<ExampleScore> examples) {
  public SystemResult {
    examples = List.copyOf(examples);
  }
}
