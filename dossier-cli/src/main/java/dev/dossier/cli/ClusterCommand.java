package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.OutputFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier cluster}: groups a JSONL stream of articles into stories ({@link
 * Dossier#clusterFile}).
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Group articles ({\"id\", \"text\", optional \"title\", \"source\", \"published\"} per line) into "
            + "stories; writes {\"id\", \"story\", \"duplicate_of\"} per article.")
final class ClusterCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "articles.jsonl or articles.jsonl.gz")
  Path in;

  @Option(names = "--out", required = true, description = "assignments.jsonl")
  Path out;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bar or warnings")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    dev.dossier.engine.JsonLines.count(in); // a missing input is reported before --out is touched
    OutputFile.prepare(out, "--out");
    Dossier.GroupingReport r;
    try (Progress progress = new Progress(System.err, quiet)) {
      r = Dossier.create().clusterFile(in, out, progress);
    }
    if (!quiet) {
      System.err.printf(
          "%d articles in %d stories (%d copies linked to their original), %d skipped, %.1f s "
              + "(%.0f articles/s)%n",
          r.articles(), r.stories(), r.copies(), r.skipped(), r.seconds(), r.perSecond());
    }
    return 0;
  }
}
