package dev.dossier.cli;

import dev.dossier.archive.StorySummary;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.StoryArchive;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier stories}: the archive's stories (two articles or more from two outlets or more).
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "List the stories in the archive: id, articles, outlets, dates, title.")
final class StoriesCommand implements Callable<Integer> {
  @Option(
      names = "--since",
      description = "only stories with an article on or after YYYY-MM-DD",
      converter = IsoDate.class)
  LocalDate since;

  @Option(names = "--query", description = "only stories with an article matching this search")
  String query;

  @Mixin DataDir data = new DataDir();

  @Override
  public Integer call() {
    try (StoryArchive archive = Dossier.create().openExistingArchive(data.folder())) {
      List<StorySummary> stories = archive.stories(since, query);
      for (StorySummary s : stories) {
        System.out.printf(
            "%-12s %3d articles  %-40s %s..%s  %s%n",
            s.id(),
            s.articles(),
            String.join(", ", s.outlets()),
            s.first() == null ? "?" : s.first(),
            s.last() == null ? "?" : s.last(),
            s.title());
      }
      System.err.println(stories.size() + " stories");
    }
    return 0;
  }
}
