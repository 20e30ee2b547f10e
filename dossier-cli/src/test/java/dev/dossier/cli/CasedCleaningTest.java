package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.ingest.DebrisCleaner;
import dev.dossier.ingest.TextArticleReader;
import dev.dossier.model.Article;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Reading and cleaning the 100 full-length cased Multi-News clusters as scraped (../shared): no
 * headline is a photo caption, a player label or a byline, and no cleaned paragraph is a captioned
 * photo. Skipped when ../shared is absent.
 */
class CasedCleaningTest {
  /** Independent of the cleaner's rules: how captions and labels of news pages begin. */
  private static final Pattern CAPTION_START =
      Pattern.compile(
          "^(?:Image (?:copyright|caption)|Media (?:caption|playback)|Photo |CLOSE |FILE - |Enlarge image|By \\p{Lu})");

  @Test
  void headlinesAndParagraphsOfRealPagesAreNotCaptions() throws Exception {
    assumeTrue(
        Files.isRegularFile(CasedClustersTest.DEV100),
        "../shared/data/multinews-cased not present: skipping");
    ObjectMapper json = new ObjectMapper();
    DebrisCleaner cleaner = new DebrisCleaner();
    List<String> bad = new ArrayList<>();
    int articles = 0;
    int titled = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(CasedClustersTest.DEV100)),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = json.readTree(line);
        List<Article> read = new ArrayList<>();
        for (JsonNode d : n.get("documents")) {
          String id = n.get("id").asText() + "-" + read.size();
          read.addAll(new TextArticleReader().read(id, null, d.asText(), p -> {}));
        }
        for (Article a : cleaner.clean(read)) {
          articles++;
          if (a.title() != null) {
            titled++;
            if (CAPTION_START.matcher(a.title()).find()) {
              bad.add("title " + a.id() + ": " + a.title());
            }
          }
          for (String p : a.text().split("\n\n")) {
            if (CAPTION_START.matcher(p).find() && !p.startsWith("By ")) {
              bad.add("paragraph " + a.id() + ": " + p);
            }
          }
        }
      }
    }
    System.out.printf(
        "dev100: %d articles, %d with a headline, %d captions%n", articles, titled, bad.size());
    bad.forEach(b -> System.out.println("  " + b));
    assertThat(articles).isGreaterThan(200);
    assertThat(bad).isEmpty();
  }
}
