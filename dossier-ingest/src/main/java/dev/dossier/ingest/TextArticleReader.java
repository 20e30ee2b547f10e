package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: optional header lines ({@code Title:}, {@code Source:}, {@code Date:},
 * {@code URL:}) before a blank line, then the body. A file holding several documents separated by
 * {@code |||||} (the Multi-News convention) yields one article per document.
 */
public final class TextArticleReader implements ArticleReader {
  static final String MULTI_NEWS_SEPARATOR = "|||||";
  private static final Pattern HEADER =
      Pattern.compile("^(title|source|date|published|url)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  @Override
  public List<Article> read(
      String baseId, String file, String content, Consumer<IngestProblem> problems) {
    if (content.contains(MULTI_NEWS_SEPARATOR)) {
      List<Article> out = new ArrayList<>();
      String[] docs = content.split(Pattern.quote(MULTI_NEWS_SEPARATOR));
      for (int i = 0; i < docs.length; i++) {
        Article a = readOne(baseId + "#" + (i + 1), file, docs[i]);
        if (a != null) {
          out.add(a);
        }
      }
      return out;
    }
    Article a = readOne(baseId, file, content);
    if (a == null) {
      problems.accept(new IngestProblem(file == null ? baseId : file, "no text"));
      return List.of();
    }
    return List.of(a);
  }

  private Article readOne(String id, String file, String content) {
    List<String> lines = List.of(content.replace("\r\n", "\n").split("\n", -1));
    String title = null;
    String source = null;
    String url = null;
    LocalDate date = null;
    int bodyStart = 0;
    int first = firstNonBlank(lines);
    if (first >= 0 && HEADER.matcher(lines.get(first).strip()).matches()) {
      int i = first;
      for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
        Matcher m = HEADER.matcher(lines.get(i).strip());
        if (!m.matches()) {
          break;
        }
        String v = m.group(2).strip();
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "title" -> title = v;
          case "source" -> source = v;
          case "url" -> url = v;
          default -> date = PublishedDateParser.parse(v);
        }
      }
      bodyStart = i;
    }
    List<String> body = Paragraphs.lines(String.join("\n", lines.subList(bodyStart, lines.size())));
    int headline = title == null ? HeadlineShape.headlineIndex(body) : -1;
    if (headline >= 0) {
      title = body.get(headline);
      List<String> rest = new ArrayList<>(body);
      rest.remove(headline);
      body = rest;
    }
    if (body.isEmpty()) {
      return null;
    }
    return new Article(id, title, source, url, date, file, Paragraphs.join(body));
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
