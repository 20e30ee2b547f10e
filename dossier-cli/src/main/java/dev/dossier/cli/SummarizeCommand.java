package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.OutputFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier summarize}: batch summaries of a JSONL file of clusters ({@link
 * Dossier#summarizeFile}).
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description =
        "Summarize clusters: input lines {\"id\", \"documents\": [...]}, output lines {\"id\", \"summary\"} "
            + "with one summary sentence per line.")
final class SummarizeCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "clusters.jsonl or clusters.jsonl.gz")
  Path in;

  @Option(names = "--out", required = true, description = "summaries.jsonl (resumed if it exists)")
  Path out;

  @Option(
      names = "--words",
      defaultValue = "300",
      description = "summary length in words (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--restart", description = "ignore an existing output file and start over")
  boolean restart;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bar or warnings")
  boolean quiet;

  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() throws Exception {
    Dossier dossier = engine.engine(words); // checks --words' bounds too
    dev.dossier.engine.JsonLines.count(in); // a missing input is reported before --out is touched
    OutputFile.prepare(out, "--out");
    Dossier.BatchReport r;
    try (Progress progress = new Progress(System.err, quiet)) {
      r = dossier.summarizeFile(in, out, words, restart, progress);
    }
    if (!quiet) {
      System.err.printf(
          "summarized %d clusters in %.1f s (%.2f clusters/s); %d already done, %d skipped%n",
          r.written(), r.seconds(), r.perSecond(), r.alreadyDone(), r.skipped());
    }
    if (r.written() == 0 && r.alreadyDone() == 0 && r.skipped() > 0) {
      // Every line was skipped: the input holds nothing this command reads, whatever -q hid.
      throw new Main.UserError(
          "no usable cluster in " + in + " (" + r.skipped() + " lines skipped)");
    }
    return 0;
  }
}
