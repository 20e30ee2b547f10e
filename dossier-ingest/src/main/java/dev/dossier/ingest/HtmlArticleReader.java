package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML pages: readability4j finds the main content (the Readability algorithm used by Firefox's
 * reader view), jsoup reads metadata (Open Graph, article:published_time, canonical link).
 * Paragraph structure is kept so the debris cleaner can work line by line.
 */
public final class HtmlArticleReader implements ArticleReader {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "section",
          "article",
          "figcaption",
          "figure",
          "tr",
          "pre",
          "ul",
          "ol",
          "table",
          "header",
          "footer",
          "aside",
          "main",
          "dd",
          "dt");

  @Override
  public List<Article> read(
      String baseId, String file, String content, Consumer<IngestProblem> problems) {
    Document doc = Jsoup.parse(content);
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
    String title = firstNonBlank(meta(doc, "og:title"), doc.title());
    String source = meta(doc, "og:site_name");
    String published =
        firstNonBlank(
            meta(doc, "article:published_time"),
            meta(doc, "date"),
            attr(doc, "time[datetime]", "datetime"));
    Element main = null;
    try {
      var parsed = new Readability4J(url == null ? "" : url, content).parse();
      main = parsed.getArticleContent();
      if (title == null) {
        title = parsed.getTitle();
      }
    } catch (RuntimeException e) {
      problems.accept(
          new IngestProblem(
              file == null ? baseId : file,
              "main-text extraction failed ("
                  + e.getClass().getSimpleName()
                  + "); using the whole page"));
    }
    if (main == null || main.text().isBlank()) {
      main = doc.body();
    }
    main.select("script, style, noscript, nav, form, iframe, svg, button, figure, figcaption")
        .remove();
    StringBuilder sb = new StringBuilder();
    appendBlocks(main, sb);
    List<String> lines = Paragraphs.lines(sb.toString());
    if (!lines.isEmpty() && title != null && lines.get(0).equals(title.strip())) {
      lines = lines.subList(1, lines.size());
    }
    if (lines.isEmpty()) {
      problems.accept(
          new IngestProblem(file == null ? baseId : file, "no article text in the page"));
      return List.of();
    }
    return List.of(
        new Article(
            baseId,
            title == null || title.isBlank() ? null : title.strip(),
            source,
            url,
            PublishedDateParser.parse(published),
            file,
            Paragraphs.join(new ArrayList<>(lines))));
  }

  private static void appendBlocks(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          sb.append('\n');
        } else if (BLOCKS.contains(tag)) {
          sb.append('\n');
          appendBlocks(e, sb);
          sb.append('\n');
        } else {
          appendBlocks(e, sb);
        }
      }
    }
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
