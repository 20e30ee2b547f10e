package dev.dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.dossier.model.Article;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * RSS and Atom feeds (Rome): one article per entry, from its full content when the feed carries it,
 * else its description. The feed's title is the source; an entry without text is skipped with a
 * warning.
 */
public final class FeedArticleReader implements ArticleReader {
  @Override
  public List<Article> read(
      String baseId, String file, String content, Consumer<IngestProblem> problems) {
    String where = file == null ? baseId : file;
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(content));
    } catch (FeedException | IllegalArgumentException e) {
      problems.accept(
          new IngestProblem(where, "not a valid RSS or Atom feed (" + e.getMessage() + ")"));
      return List.of();
    }
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String html = entryHtml(e);
      String text = html == null ? "" : Paragraphs.normalize(blocks(html));
      if (text.isBlank()) {
        problems.accept(new IngestProblem(where + "#" + n, "feed entry without text"));
        continue;
      }
      String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : baseId + "#" + n;
      out.add(
          new Article(
              id,
              blankToNull(e.getTitle()),
              blankToNull(feed.getTitle()),
              blankToNull(e.getLink()),
              date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
              file,
              text));
    }
    return out;
  }

  private static String entryHtml(SyndEntry e) {
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c.getValue();
      }
    }
    return e.getDescription() == null ? null : e.getDescription().getValue();
  }

  /** HTML to text with one paragraph per block, as the debris cleaner expects. */
  private static String blocks(String html) {
    var doc = Jsoup.parseBodyFragment(html);
    doc.select("p, div, li, br, h1, h2, h3, blockquote").append("\n\n");
    return doc.wholeText().isBlank() ? doc.text() : Jsoup.parse(doc.html()).wholeText();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
