package dev.dossier.cli;

import dev.dossier.engine.IngestReport;
import dev.dossier.engine.StoryArchive;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier ingest}: adds articles to the archive, cleaned, copies linked to their original,
 * grouped into stories ({@link StoryArchive#ingest}). Killed, it loses at most {@link
 * StoryArchive#COMMIT_EVERY} articles, and running it again adds only what is missing.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Add articles to the archive (--data, default ./dossier-data): files, folders or globs of .txt, "
            + ".html, .jsonl, .rss/.atom/.xml feeds and .warc/.warc.gz web archives.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders or globs")
  List<String> paths;

  @Mixin DataDir data = new DataDir();
  @Mixin EngineOptions engine = new EngineOptions();

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bar or warnings")
  boolean quiet;

  @Override
  public Integer call() {
    IngestReport r;
    try (StoryArchive archive = engine.engine(null).openArchive(data.folder());
        Progress progress = new Progress(System.err, quiet)) {
      r = archive.ingest(paths, progress);
    }
    if (!quiet) {
      System.err.printf(
          "ingested %d new articles (%d copies linked to their original), %d already in the archive, "
              + "%d skipped; archive %s holds %d articles in %d stories; %.1f s (%.0f articles/s)%n",
          r.added(),
          r.copies(),
          r.present(),
          r.skipped(),
          data.folder(),
          r.archiveSize(),
          r.stories(),
          r.seconds(),
          r.articlesPerSecond());
      r.skipReasons().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> System.err.printf("  skipped %d: %s%n", e.getValue(), e.getKey()));
    }
    return 0;
  }
}
