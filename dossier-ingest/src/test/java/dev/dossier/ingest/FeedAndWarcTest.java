package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class FeedAndWarcTest {
  @TempDir Path dir;

  static final String RSS =
      """
      <?xml version="1.0"?>
      <rss version="2.0"><channel><title>Harbour Post</title><link>https://harbour.example</link>
      <item><title>Bridge closes</title><link>https://harbour.example/bridge</link>
      <guid>harbour-1</guid><pubDate>Tue, 04 Feb 2025 08:00:00 GMT</pubDate>
      <description>&lt;p&gt;The council closed the old bridge on Tuesday.&lt;/p&gt;&lt;p&gt;Repairs will take a year.&lt;/p&gt;</description></item>
      <item><title>Empty</title><guid>harbour-2</guid><description></description></item>
      </channel></rss>""";

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Tarn Daily</title><id>urn:tarn</id>
      <updated>2025-02-05T10:00:00Z</updated>
      <entry><title>Ferry delayed</title><id>urn:tarn:7</id><updated>2025-02-05T10:00:00Z</updated>
      <link href="https://tarn.example/ferry"/><content type="html">&lt;p&gt;The ferry to Tarn left two hours late.&lt;/p&gt;</content></entry>
      </feed>""";

  @Test
  void rssEntriesBecomeArticlesAndEmptyOnesAreReported() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> a = new FeedArticleReader().read("f", "f.rss", RSS, problems::add);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).id()).isEqualTo("harbour-1");
    assertThat(a.get(0).source()).isEqualTo("Harbour Post");
    assertThat(a.get(0).published()).isEqualTo(LocalDate.of(2025, 2, 4));
    assertThat(a.get(0).text())
        .contains("closed the old bridge")
        .contains("\n\nRepairs will take a year.");
    assertThat(problems)
        .extracting(IngestProblem::reason)
        .containsExactly("feed entry without text");
  }

  @Test
  void atomContentIsRead() {
    List<Article> a = new FeedArticleReader().read("f", "f.atom", ATOM, p -> {});
    assertThat(a)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.url()).isEqualTo("https://tarn.example/ferry");
              assertThat(x.text()).isEqualTo("The ferry to Tarn left two hours late.");
            });
  }

  @Test
  void notAFeedIsAProblemNotAnException() {
    List<IngestProblem> problems = new ArrayList<>();
    assertThat(new FeedArticleReader().read("f", "f.xml", "<html>nope", problems::add)).isEmpty();
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not a valid RSS"));
  }

  static void writeWarc(Path file) throws Exception {
    try (WarcWriter w = new WarcWriter(file)) {
      String page =
          "<html><head><title>Bridge closes</title><meta property=\"og:site_name\" content=\"Harbour Post\"></head>"
              + "<body><article><p>The council closed the old bridge on Tuesday after engineers found cracks in it.</p>"
              + "<p>Repairs will take a year, officials said, and the ring road will carry the traffic.</p></article></body></html>";
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.HTML_UTF8, page.getBytes(StandardCharsets.UTF_8))
              .build();
      w.write(
          new WarcResponse.Builder(URI.create("https://harbour.example/bridge"))
              .date(Instant.parse("2025-02-04T09:00:00Z"))
              .body(http)
              .build());
      HttpResponse image =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("image/png"), new byte[] {1, 2, 3})
              .build();
      w.write(
          new WarcResponse.Builder(URI.create("https://harbour.example/x.png"))
              .body(image)
              .build());
    }
  }

  @Test
  void warcHtmlResponsesBecomeArticlesWithUrlAndCaptureDate() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    writeWarc(warc);
    List<Article> got = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    new WarcArticleSource().read(warc, got::add, problems::add);
    assertThat(problems).isEmpty();
    assertThat(got)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.url()).isEqualTo("https://harbour.example/bridge");
              assertThat(a.source()).isEqualTo("Harbour Post");
              assertThat(a.published()).isEqualTo(LocalDate.of(2025, 2, 4));
              assertThat(a.text()).contains("closed the old bridge");
            });
  }

  @Test
  void aTruncatedWarcKeepsWhatWasReadAndSaysSo() throws Exception {
    Path warc = dir.resolve("crawl.warc");
    writeWarc(warc);
    byte[] all = java.nio.file.Files.readAllBytes(warc);
    java.nio.file.Files.write(warc, java.util.Arrays.copyOf(all, all.length - 40));
    List<Article> got = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    new WarcArticleSource().read(warc, got::add, problems::add);
    assertThat(got).hasSize(1);
  }
}
