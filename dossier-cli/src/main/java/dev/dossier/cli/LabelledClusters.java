package dev.dossier.cli;

import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The labelled clusters file that the grouping evaluations read ({@code --in}, {@code --limit}; a
 * picocli mixin): one JSON object a line with an id and its documents; summaries are not needed.
 */
final class LabelledClusters {
  @Option(
      names = "--in",
      required = true,
      description = "clusters JSONL(.gz): {\"id\", \"documents\": [...]}")
  Path in;

  @Option(
      names = "--limit",
      defaultValue = "2000",
      description = "clusters to use (default: ${DEFAULT-VALUE}; 0: all)")
  int limit;

  /**
   * The clusters, bad lines skipped with a warning; a missing file or one with no cluster is a user
   * error.
   */
  List<EvalCluster> read() throws java.io.IOException {
    if (!Files.isRegularFile(in)) {
      throw new Main.UserError("no such file: " + in);
    }
    List<EvalCluster> clusters =
        ClusterDataset.read(in, limit, false, w -> System.err.println("warning: " + w));
    if (clusters.isEmpty()) {
      throw new Main.UserError(
          "no clusters in " + in + ": each line needs {\"id\", \"documents\": [...]}");
    }
    return clusters;
  }
}
