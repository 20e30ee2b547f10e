package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Articles from a web archive (WARC or WARC.gz, such as CC-NEWS), read as a stream with jwarc: HTML
 * responses only, each through {@link HtmlArticleReader}. Memory stays bounded by one record; other
 * records are passed over, and a broken record ends the file with a warning, keeping what was read.
 */
public final class WarcArticleSource {
  /** Pages larger than this are not news articles (and would hold a lot of memory). */
  private static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

  private final HtmlArticleReader html = new HtmlArticleReader();

  public void read(Path warc, Consumer<Article> sink, Consumer<IngestProblem> problems) {
    int n = 0;
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        n++;
        MediaType type;
        try {
          type = response.http().contentType();
        } catch (IOException | IllegalArgumentException e) {
          continue; // not an HTTP response with a readable header
        }
        if (!type.base().equals(MediaType.HTML.base())
            && !type.base().equals(MediaType.XHTML.base())) {
          continue;
        }
        byte[] body;
        try (InputStream in = response.http().body().stream()) {
          body = in.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (body.length > MAX_PAGE_BYTES) {
          problems.accept(new IngestProblem(warc + "#" + n, "page larger than 8 MB, skipped"));
          continue;
        }
        String target = response.target();
        List<Article> read =
            html.read(target, warc.toString(), new String(body, charset(type)), problems);
        // News crawls fetch pages within a day of publication: the capture date stands in for a
        // missing one.
        java.time.LocalDate captured =
            response.date().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        for (Article a : read) {
          Article withUrl =
              a.url() != null
                  ? a
                  : new Article(
                      a.id(), a.title(), a.source(), target, a.published(), a.file(), a.text());
          sink.accept(withUrl.published() != null ? withUrl : withUrl.withPublished(captured));
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.accept(
          new IngestProblem(
              warc.toString(),
              "unreadable WARC after "
                  + n
                  + " responses ("
                  + e.getMessage()
                  + "); kept what was read"));
    }
  }

  private static Charset charset(MediaType type) {
    String cs = type.parameters().get("charset");
    try {
      return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
