package dev.dossier.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.engine.JsonLines;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a labelled stream from JSONL (plain or gzip) in either of two shapes, told apart by the
 * first line: a cluster a line ({@code {"id", "documents": [...]}}, as Multi-News), or an article a
 * line with its story ({@code {"cluster", "docno"|"id", "headline"|"title", "text", "date"}}, as
 * the dated DUC 2004 newswire).
 */
public final class StreamCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StreamCorpus() {}

  /**
   * @param limit stories to read at most (0: all)
   * @param keptOnly for cluster lines, only the documents the data marks as on topic
   */
  public static List<StreamDocument> read(
      Path file, int limit, boolean keptOnly, Consumer<String> warnings) throws IOException {
    String first = firstLine(file);
    if (first == null) {
      return List.of();
    }
    JsonNode head;
    try {
      head = JSON.readTree(first);
    } catch (IOException e) {
      head = null;
    }
    String part = file.getFileName().toString();
    List<StreamDocument> docs =
        head != null && head.has("cluster") && head.has("text")
            ? readArticles(file, limit, warnings)
            : fromClusters(ClusterDataset.read(file, limit, false, warnings), keptOnly);
    return docs.stream().map(d -> d.inPart(part)).toList();
  }

  /** The documents of labelled clusters, with neither headline nor date. */
  public static List<StreamDocument> fromClusters(List<EvalCluster> clusters, boolean keptOnly) {
    List<StreamDocument> out = new ArrayList<>();
    for (EvalCluster c : clusters) {
      for (int i = 0; i < c.documents().size(); i++) {
        if (c.documents().get(i).isBlank() || (keptOnly && !c.kept().contains(i))) {
          continue;
        }
        out.add(
            new StreamDocument(
                c.id() + "#" + (i + 1), c.id(), null, c.documents().get(i), null, null));
      }
    }
    return out;
  }

  private static List<StreamDocument> readArticles(Path file, int limit, Consumer<String> warnings)
      throws IOException {
    List<StreamDocument> out = new ArrayList<>();
    Set<String> stories = new LinkedHashSet<>();
    try (BufferedReader r = JsonLines.open(file)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        StreamDocument d = article(line, file + ":" + n, warnings);
        if (d == null) {
          continue;
        }
        if (!stories.contains(d.gold()) && limit > 0 && stories.size() >= limit) {
          continue;
        }
        stories.add(d.gold());
        out.add(d);
      }
    }
    return out;
  }

  private static StreamDocument article(String line, String where, Consumer<String> warnings) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      warnings.accept(where + ": skipped (malformed JSON line)");
      return null;
    }
    String text = node.path("text").asText("");
    String cluster = node.path("cluster").asText("");
    if (text.isBlank() || cluster.isBlank()) {
      warnings.accept(where + ": skipped (needs \"cluster\" and \"text\")");
      return null;
    }
    String id =
        node.hasNonNull("docno") ? node.get("docno").asText() : node.path("id").asText(where);
    String title =
        node.hasNonNull("headline")
            ? node.get("headline").asText()
            : node.path("title").asText(null);
    return new StreamDocument(id, cluster, title, text, date(node, where, warnings), null);
  }

  private static LocalDate date(JsonNode node, String where, Consumer<String> warnings) {
    String raw =
        node.hasNonNull("date") ? node.get("date").asText() : node.path("published").asText("");
    if (raw.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(raw.substring(0, 10));
    } catch (DateTimeParseException e) {
      warnings.accept(where + ": date '" + raw + "' is not ISO; read without a date");
      return null;
    }
  }

  private static String firstLine(Path file) throws IOException {
    try (BufferedReader r = JsonLines.open(file)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          return line;
        }
      }
    }
    return null;
  }
}
