package dev.dossier.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads evaluation clusters from JSONL (plain or gzip): {@code {"id", "documents": [...],
 * "summary": "..."}} or {@code "summaries": [...]}; this covers the Multi-News files in {@code
 * ../shared/data}. Documents may also be one string with Multi-News' {@code |||||} separators.
 * Lines without documents or reference are reported and skipped.
 */
public final class ClusterDataset {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterDataset() {}

  public static List<EvalCluster> read(Path file, int limit, Consumer<String> warnings)
      throws IOException {
    return read(file, limit, true, warnings);
  }

  /**
   * @param needSummaries false where only the grouping matters (clustering evaluation): a line with
   *     documents and no summary is then kept, with no summaries
   */
  public static List<EvalCluster> read(
      Path file, int limit, boolean needSummaries, Consumer<String> warnings) throws IOException {
    List<EvalCluster> out = new ArrayList<>();
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null && (limit <= 0 || out.size() < limit); ) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        EvalCluster c = parse(line, file + ":" + n, needSummaries, warnings);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  static EvalCluster parse(String line, String where, Consumer<String> warnings) {
    return parse(line, where, true, warnings);
  }

  static EvalCluster parse(
      String line, String where, boolean needSummaries, Consumer<String> warnings) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      warnings.accept(where + ": skipped (malformed JSON line)");
      return null;
    }
    List<String> docs = new ArrayList<>();
    JsonNode d = node.get("documents");
    if (d != null && d.isArray()) {
      d.forEach(x -> docs.add(x.asText("")));
    } else if (d != null && d.isTextual()) {
      for (String part : d.asText().split("\\|\\|\\|\\|\\|")) {
        docs.add(part);
      }
    }
    List<Integer> kept = new ArrayList<>();
    JsonNode k = node.get("mnplus_kept_documents");
    if (k != null && k.isArray()) {
      k.forEach(x -> kept.add(x.asInt()));
    } else {
      for (int i = 0; i < docs.size(); i++) {
        kept.add(i);
      }
    }
    List<String> refs = new ArrayList<>();
    if (node.hasNonNull("summary")) {
      refs.add(node.get("summary").asText());
    }
    if (node.has("summaries") && node.get("summaries").isArray()) {
      node.get("summaries").forEach(x -> refs.add(x.asText()));
    }
    refs.removeIf(String::isBlank);
    if (docs.stream().allMatch(String::isBlank) || (needSummaries && refs.isEmpty())) {
      warnings.accept(
          where
              + (needSummaries
                  ? ": skipped (needs \"documents\" and \"summary\" or \"summaries\")"
                  : ": skipped (needs \"documents\")"));
      return null;
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : where;
    return new EvalCluster(id, docs, refs, kept);
  }
}
