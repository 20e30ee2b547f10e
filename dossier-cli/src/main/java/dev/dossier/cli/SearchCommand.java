package dev.dossier.cli;

import dev.dossier.archive.ArchivedArticle;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.StoryArchive;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier search}: full-text search (BM25) over the archive's articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the archive's articles.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "words to search for (Lucene query syntax)")
  List<String> words;

  @Option(names = "-n", defaultValue = "10", description = "results (default: ${DEFAULT-VALUE})")
  int n;

  @Mixin DataDir data = new DataDir();

  @Override
  public Integer call() {
    try (StoryArchive archive = Dossier.create().openExistingArchive(data.folder())) {
      List<ArchivedArticle> hits = archive.search(String.join(" ", words), n);
      for (ArchivedArticle a : hits) {
        System.out.printf(
            "%-12s %-10s %-24s %s%n",
            a.story(),
            a.article().published() == null ? "" : a.article().published(),
            a.outlet(),
            a.article().title() != null ? a.article().title() : a.article().id());
      }
      if (hits.isEmpty()) {
        System.err.println("no article matches " + String.join(" ", words));
      }
    }
    return 0;
  }
}
