package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.group.cluster.Assignment;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.DebrisCleaner;
import dev.dossier.ingest.Paragraphs;
import dev.dossier.ingest.PublishedDateParser;
import dev.dossier.model.Article;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier cluster}: groups a file of articles into stories in one streaming pass, in file order, and
 * writes one assignment per article. Bad lines are skipped with a warning; memory grows with the number of
 * stories, not with the articles' text.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Group articles ({\"id\", \"text\", optional \"title\", \"source\", \"published\"} per line) into stories; "
        + "writes {\"id\", \"story\", \"duplicate_of\"} per article.")
final class ClusterCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "articles.jsonl or articles.jsonl.gz")
  Path in;

  @Option(names = "--out", required = true, description = "assignments.jsonl")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar or warnings")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    long total = ClusterLines.count(in);
    StoryClusterer clusterer = new StoryClusterer(ClustererOptions.defaults());
    DebrisCleaner cleaner = new DebrisCleaner();
    int written = 0;
    int skipped = 0;
    int copies = 0;
    long t0 = System.nanoTime();
    try (BufferedReader r = ClusterLines.open(in);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        Progress progress = new Progress("Clustering", total, "articles", quiet)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        progress.step(1);
        JsonNode n;
        try {
          n = ClusterLines.JSON.readTree(line);
        } catch (IOException e) {
          warn(in + ":" + lineNo + ": skipped (malformed JSON line)");
          skipped++;
          continue;
        }
        if (n == null || !n.hasNonNull("id") || !n.hasNonNull("text")) {
          warn(in + ":" + lineNo + ": skipped (needs \"id\" and \"text\")");
          skipped++;
          continue;
        }
        String id = n.get("id").asText();
        String title = n.hasNonNull("title") ? n.get("title").asText() + "\n\n" : "";
        String text = cleaner.clean(List.of(new Article(id, null, null, null, null, null,
            Paragraphs.normalize(title + n.get("text").asText())))).get(0).text();
        Assignment a = clusterer.add(id, text, PublishedDateParser.parse(n.path("published").asText(null)));
        ObjectNode o = ClusterLines.JSON.createObjectNode();
        o.put("id", id);
        o.put("story", a.story());
        if (a.duplicateOf() == null) {
          o.putNull("duplicate_of");
        } else {
          o.put("duplicate_of", a.duplicateOf());
          copies++;
        }
        w.write(o.toString());
        w.newLine();
        written++;
      }
    }
    if (!quiet) {
      double secs = (System.nanoTime() - t0) / 1e9;
      System.err.printf("%d articles in %d stories (%d copies linked to their original), %d skipped, %.1f s (%.0f "
          + "articles/s)%n", written, clusterer.stories(), copies, skipped, secs, written / Math.max(secs, 1e-9));
    }
    return 0;
  }

  private void warn(String m) {
    if (!quiet) {
      System.err.println("warning: " + m);
    }
  }
}
