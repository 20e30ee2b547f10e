package dev.dossier.cli;

import dev.dossier.engine.OutputFile;
import dev.dossier.eval.train.BackgroundFrequencyLearner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier learn-frequencies}: learns the story clusterer's background document frequencies
 * from news documents. Writes hashes and counts only, with a provenance header.
 */
@Command(
    name = "learn-frequencies",
    mixinStandardHelpOptions = true,
    description =
        "Count in how many documents each word occurs, from cluster JSONL files "
            + "({\"id\", \"documents\": [...]}), for the story clusterer's background frequencies.")
final class LearnFrequenciesCommand implements Callable<Integer> {
  @Option(
      names = "--in",
      required = true,
      arity = "1..*",
      description = "cluster JSONL files (.gz allowed)")
  List<Path> inputs;

  @Option(names = "--out", required = true, description = "frequency file to write")
  Path out;

  @Option(
      names = "--min-docs",
      defaultValue = "3",
      description = "documents a word must occur in to be kept (default: ${DEFAULT-VALUE})")
  int minDocs;

  @Override
  public Integer call() throws IOException {
    if (minDocs < 1) {
      throw new Main.UsageError("--min-docs must be at least 1, got " + minDocs);
    }
    for (Path p : inputs) {
      if (!java.nio.file.Files.isRegularFile(p)) {
        throw new Main.UserError("no such file: " + p);
      }
    }
    List<String> lines = new BackgroundFrequencyLearner(inputs, minDocs).learn();
    OutputFile.write(out, String.join("\n", lines) + "\n");
    System.err.printf(
        "%s; %d words written to %s%n",
        lines.stream().filter(l -> l.startsWith("docs ")).findFirst().orElse("docs 0"),
        lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("docs ")).count(),
        out);
    return 0;
  }
}
