package dev.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.archive.ArchivedArticle;
import dev.dossier.archive.SearchHit;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.JsonLines;
import dev.dossier.engine.StoryArchive;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier search}: full-text search (BM25) over the archive's articles. Reads committed
 * articles only, so it works while an ingest runs.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Search the archive's articles: title, date, outlet, story, score and the sentence that "
            + "matched. Works while an ingest runs.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "words to search for (Lucene query syntax)")
  List<String> words;

  @Option(names = "-n", defaultValue = "10", description = "results (default: ${DEFAULT-VALUE})")
  int n;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin DataDir data = new DataDir();

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new Main.UsageError("--format must be text or json, got " + format);
    }
    if (n < 1) {
      throw new Main.UsageError("-n must be at least 1, got " + n);
    }
    String query = String.join(" ", words);
    try (StoryArchive archive = Dossier.create().openExistingArchive(data.folder())) {
      List<SearchHit> hits = archive.hits(query, n);
      if (format.equals("json")) {
        System.out.println(json(hits).toPrettyString());
      } else {
        hits.forEach(h -> System.out.print(text(h)));
      }
      if (hits.isEmpty()) {
        System.err.println("no article matches " + query);
      }
    }
    return 0;
  }

  private static String text(SearchHit h) {
    ArchivedArticle a = h.article();
    return String.format(
        Locale.ROOT,
        "%s%n  %s · %s · %s · score %.2f%n  %s%n",
        title(a),
        a.article().published() == null ? "undated" : a.article().published(),
        a.outlet(),
        a.story(),
        h.score(),
        h.snippet());
  }

  private static String title(ArchivedArticle a) {
    return a.article().title() != null ? a.article().title() : a.article().id();
  }

  private static ArrayNode json(List<SearchHit> hits) {
    ArrayNode out = JsonLines.JSON.createArrayNode();
    for (SearchHit h : hits) {
      ArchivedArticle a = h.article();
      ObjectNode o = out.addObject();
      o.put("id", a.article().id());
      o.put("title", a.article().title());
      o.put(
          "published", a.article().published() == null ? null : a.article().published().toString());
      o.put("outlet", a.outlet());
      o.put("story", a.story());
      o.put("score", h.score());
      o.put("snippet", h.snippet());
    }
    return out;
  }
}
