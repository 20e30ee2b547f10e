package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadersTest {
  private final List<IngestProblem> problems = new ArrayList<>();

  @Test
  void textHeaderGivesMetadataAndBody() {
    List<Article> a =
        new TextArticleReader()
            .read(
                "f",
                "f.txt",
                "Title: Storm hits coast\nSource: Daily Tide\nDate: 2024-02-03\nURL: https://x.example/a\n\nFirst line.\nSecond line.",
                problems::add);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).title()).isEqualTo("Storm hits coast");
    assertThat(a.get(0).source()).isEqualTo("Daily Tide");
    assertThat(a.get(0).published()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(a.get(0).text()).isEqualTo("First line.\n\nSecond line.");
  }

  @Test
  void untitledTextTakesShortFirstLineAsHeadline() {
    Article a =
        new TextArticleReader()
            .read("f", null, "Storm hits coast\n\nThe storm arrived at dawn.", problems::add)
            .get(0);
    assertThat(a.title()).isEqualTo("Storm hits coast");
    assertThat(a.text()).isEqualTo("The storm arrived at dawn.");
  }

  @Test
  void aCaptionOrPlayerLabelAboveTheHeadlineIsNotTakenForIt() {
    String text =
        "Image copyright Tide Photos Image caption Crews on the quay at dawn\n\n"
            + "CLOSE Union leaders explain why the crews walked out. Tide Video\n\n"
            + "Ferry crews strike for a third day\n\nThe operator cancelled every crossing.";
    Article a = new TextArticleReader().read("f", null, text, problems::add).get(0);
    assertThat(a.title()).isEqualTo("Ferry crews strike for a third day");
    assertThat(a.text())
        .doesNotContain("Ferry crews strike")
        .endsWith("The operator cancelled every crossing.");
  }

  @Test
  void bylinesListItemsAndCreditedCaptionsAreNotHeadlines() {
    for (String first :
        List.of(
            "By Jo Bell",
            "* Crossings cancelled until Monday",
            "1. The harbour master",
            "Jo Bell, the harbour master (Photo: Tide Photos)",
            "VALMERE |")) {
      Article a =
          new TextArticleReader()
              .read("f", null, first + "\n\nThe operator cancelled every crossing.", problems::add)
              .get(0);
      assertThat(a.title()).as(first).isNull();
    }
  }

  @Test
  void aTextThatIsOnlyFurnitureAndProseHasNoHeadline() {
    String text =
        "Photo Advertisement Continue reading the main story\n\nThe operator cancelled every crossing.";
    Article a = new TextArticleReader().read("f", null, text, problems::add).get(0);
    assertThat(a.title()).isNull();
  }

  @Test
  void multiNewsSeparatorSplitsDocuments() {
    List<Article> a =
        new TextArticleReader()
            .read("c", null, "One story. ||||| Two story. |||||  ", problems::add);
    assertThat(a).extracting(Article::id).containsExactly("c#1", "c#2");
  }

  @Test
  void malformedJsonLineIsSkippedWithItsLineNumber() {
    String jsonl =
        "{\"text\": \"Good one.\", \"source\": \"A\", \"published\": \"2020-01-02T10:00:00Z\"}\n"
            + "{not json\n{\"title\": \"no text\"}\n{\"id\": \"k\", \"documents\": [\"Doc one.\", \"Doc two.\"]}\n";
    List<Article> a = new JsonlArticleReader().read("j", "j.jsonl", jsonl, problems::add);
    assertThat(a).extracting(Article::id).containsExactly("j:1", "k#1", "k#2");
    assertThat(a.get(0).published()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(problems).extracting(IngestProblem::where).containsExactly("j.jsonl:2", "j.jsonl:3");
    assertThat(problems.get(0).reason()).startsWith("malformed JSON line");
  }

  @Test
  void htmlKeepsArticleParagraphsAndMetadataAndDropsChrome() {
    String html =
        "<html><head><meta property=\"og:site_name\" content=\"Tide\">"
            + "<meta property=\"article:published_time\" content=\"2023-05-06T08:00:00+02:00\"><title>T</title></head>"
            + "<body><nav>Home | News | Sport</nav><article><h1>Storm hits coast</h1>"
            + "<figure><figcaption>Waves at dawn. (Jo Bell/Tide)</figcaption></figure>"
            + "<p>The storm reached the coast at dawn on Tuesday, flooding the harbour road and closing two schools.</p>"
            + "<p>Officials said the water would recede by the evening, and that no one had been hurt in the town.</p>"
            + "</article><script>var x = 1;</script></body></html>";
    Article a = new HtmlArticleReader().read("h", "h.html", html, problems::add).get(0);
    assertThat(a.source()).isEqualTo("Tide");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 6));
    assertThat(a.text())
        .contains("The storm reached the coast")
        .contains("\n\nOfficials said")
        .doesNotContain("Waves at dawn")
        .doesNotContain("var x")
        .doesNotContain("Sport");
  }

  @Test
  void publishedDatesInCommonShapes() {
    assertThat(PublishedDateParser.parse("March 26, 2018")).isEqualTo(LocalDate.of(2018, 3, 26));
    assertThat(PublishedDateParser.parse("26 March 2018")).isEqualTo(LocalDate.of(2018, 3, 26));
    assertThat(PublishedDateParser.parse("Mon, 26 Mar 2018 10:00:00 GMT"))
        .isEqualTo(LocalDate.of(2018, 3, 26));
    assertThat(PublishedDateParser.parse("2018-03-26 10:00")).isEqualTo(LocalDate.of(2018, 3, 26));
    assertThat(PublishedDateParser.parse("soon")).isNull();
  }
}
