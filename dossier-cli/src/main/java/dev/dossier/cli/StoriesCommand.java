package dev.dossier.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.archive.StorySummary;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.JsonLines;
import dev.dossier.engine.StoryArchive;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier stories}: the archive's stories (two articles or more from two outlets or more).
 * Reads committed articles only, so it works while an ingest runs.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "List the stories in the archive, newest first: id, articles, outlets, dates, title. "
            + "Works while an ingest runs (shows what it has committed).")
final class StoriesCommand implements Callable<Integer> {
  @Option(
      names = "--since",
      description = "only stories with an article on or after YYYY-MM-DD",
      converter = IsoDate.class)
  LocalDate since;

  @Option(names = "--query", description = "only stories with an article matching this search")
  String query;

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
    try (StoryArchive archive = Dossier.create().openExistingArchive(data.folder())) {
      List<StorySummary> stories = archive.stories(since, query);
      if (format.equals("json")) {
        System.out.println(json(stories).toPrettyString());
      } else {
        stories.forEach(s -> System.out.println(line(s)));
      }
      if (stories.isEmpty()) {
        System.err.println(whyNone(archive));
      } else {
        System.err.println(stories.size() + " stories");
      }
    }
    return 0;
  }

  private static String line(StorySummary s) {
    String span =
        s.first() == null
            ? "undated"
            : s.first().equals(s.last()) ? s.first().toString() : s.first() + ".." + s.last();
    return String.format(
        "%-12s %3d articles  %-21s  %-40s  %s",
        s.id(), s.articles(), span, String.join(", ", s.outlets()), s.title());
  }

  private String whyNone(StoryArchive archive) {
    String filter = since != null || query != null ? " matching --since/--query" : "";
    return "no stories"
        + filter
        + ": "
        + archive.size()
        + " articles in "
        + archive.groups()
        + " groups, none with two articles or more from two outlets or more"
        + " (articles with no source or URL each count as their own outlet)";
  }

  private static ArrayNode json(List<StorySummary> stories) {
    ArrayNode out = JsonLines.JSON.createArrayNode();
    for (StorySummary s : stories) {
      ObjectNode o = out.addObject();
      o.put("id", s.id());
      o.put("title", s.title());
      o.put("articles", s.articles());
      s.outlets().forEach(o.putArray("outlets")::add);
      o.put("first", s.first() == null ? null : s.first().toString());
      o.put("last", s.last() == null ? null : s.last().toString());
    }
    return out;
  }
}
