package dev.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One article per line: {@code {"title", "text", "source", "url", "published"}}. A line with a
 * {@code "documents"} array (a Multi-News style cluster) yields one article per document. A
 * malformed line is skipped with a warning naming its line number; the other lines are kept.
 */
public final class JsonlArticleReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public List<Article> read(
      String baseId, String file, String content, Consumer<IngestProblem> problems) {
    List<Article> out = new ArrayList<>();
    String[] lines = content.split("\n");
    for (int n = 0; n < lines.length; n++) {
      readLine(lines[n], n + 1, baseId, file, out::add, problems);
    }
    return out;
  }

  /** The articles of one line ({@code lineNo} counts from 1), or a problem naming the line. */
  public void readLine(
      String raw,
      int lineNo,
      String baseId,
      String file,
      Consumer<Article> sink,
      Consumer<IngestProblem> problems) {
    String line = raw.strip();
    if (line.isEmpty()) {
      return;
    }
    String at = (file == null ? baseId : file) + ":" + lineNo;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(
          new IngestProblem(at, "malformed JSON line (" + e.getOriginalMessage() + ")"));
      return;
    }
    if (node == null || !node.isObject()) {
      problems.accept(new IngestProblem(at, "expected a JSON object"));
      return;
    }
    String id = text(node, "id");
    String lineId = id != null ? id : baseId + ":" + lineNo;
    JsonNode docs = node.get("documents");
    if (docs != null && docs.isArray()) {
      for (int d = 0; d < docs.size(); d++) {
        String body = Paragraphs.normalize(docs.get(d).asText(""));
        if (!body.isEmpty()) {
          sink.accept(new Article(lineId + "#" + (d + 1), null, null, null, null, file, body));
        }
      }
      return;
    }
    String body = Paragraphs.normalize(firstText(node, "text", "body", "content"));
    if (body.isEmpty()) {
      problems.accept(new IngestProblem(at, "no \"text\" field"));
      return;
    }
    sink.accept(
        new Article(
            lineId,
            text(node, "title"),
            text(node, "source"),
            text(node, "url"),
            PublishedDateParser.parse(firstText(node, "published", "date")),
            file,
            body));
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      String v = text(node, f);
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
