package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.StoryArchive;
import dev.dossier.ingest.IngestResult;
import dev.dossier.model.Article;
import dev.dossier.model.briefing.Briefing;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier brief PATH...}: one briefing from the reports on one story. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description =
        "Brief a story: read the reports in PATH (folders, files or globs of .txt, .html, .jsonl, "
            + ".rss/.atom/.xml, .warc) or a story of the archive (--story), and write one cited briefing.")
final class BriefCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "folders, files or globs with the articles")
  List<String> paths = List.of();

  @Option(
      names = "--story",
      description = "brief a story of the archive instead (see dossier stories)")
  String story;

  @Mixin DataDir data = new DataDir();
  @Mixin BriefingOutput output = new BriefingOutput();
  @Mixin EngineOptions engine = new EngineOptions();

  @Option(
      names = "--words",
      defaultValue = "200",
      description = "summary length in words (default: ${DEFAULT-VALUE})")
  int words;

  @Option(
      names = "--date",
      description =
          "reference date YYYY-MM-DD for relative dates (default: from metadata, "
              + "else inferred from the texts)",
      converter = IsoDate.class)
  java.time.LocalDate date;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress bar or warnings")
  boolean quiet;

  @Override
  public Integer call() {
    output.check();
    if (story != null && !paths.isEmpty()) {
      throw new Main.UsageError("give either PATH or --story, not both");
    }
    Dossier dossier = engine.engine(words);
    try (Progress progress = new Progress(System.err, quiet)) {
      List<Article> articles = story != null ? fromArchive(dossier) : read(dossier, progress);
      long t0 = System.nanoTime();
      Briefing briefing = dossier.brief(articles, date, progress);
      progress.end();
      if (!quiet) {
        System.err.printf(
            "briefed %d articles in %.1f s (%d threads)%n",
            articles.size(), (System.nanoTime() - t0) / 1e9, dossier.options().threads());
      }
      output.write(briefing, quiet);
    }
    return 0;
  }

  private List<Article> read(Dossier dossier, Progress progress) {
    IngestResult input = dossier.read(paths);
    input.problems().forEach(p -> progress.warn(p.toString()));
    return input.articles();
  }

  private List<Article> fromArchive(Dossier dossier) {
    try (StoryArchive archive = dossier.openExistingArchive(data.folder())) {
      return archive.story(story);
    }
  }
}
