package dev.dossier.cli;

import dev.dossier.engine.OutputFile;
import dev.dossier.eval.train.BoilerplateLearner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier learn-boilerplate}: learns platform boilerplate from clustered news. A sentence
 * that occurs in at least {@code --min-clusters} different clusters is boilerplate (real reporting
 * is not repeated under unrelated stories). Writes hashes only, with a provenance header.
 */
@Command(
    name = "learn-boilerplate",
    mixinStandardHelpOptions = true,
    description =
        "Learn sentences that platforms repeat under unrelated stories, from cluster JSONL files "
            + "({\"id\", \"documents\": [...]}); writes their hashes.")
final class LearnBoilerplateCommand implements Callable<Integer> {
  @Option(
      names = "--in",
      required = true,
      arity = "1..*",
      description = "cluster JSONL files (.gz allowed)")
  List<Path> inputs;

  @Option(names = "--out", required = true, description = "hash list to write")
  Path out;

  @Option(
      names = "--min-clusters",
      defaultValue = "5",
      description = "clusters a sentence must appear in " + "(default: ${DEFAULT-VALUE})")
  int minClusters;

  @Override
  public Integer call() throws IOException {
    if (minClusters < 2) {
      throw new Main.UsageError("--min-clusters must be at least 2, got " + minClusters);
    }
    int[] clusters = {0};
    List<String> lines = new BoilerplateLearner(inputs, minClusters).learn(clusters);
    OutputFile.write(out, String.join("\n", lines) + "\n");
    System.err.printf(
        "%d clusters read; %d boilerplate sentences written to %s%n",
        clusters[0], lines.stream().filter(l -> !l.startsWith("#")).count(), out);
    return 0;
  }
}
