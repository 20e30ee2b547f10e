package dev.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.briefing.Briefing;
import dev.dossier.model.briefing.Briefing.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
  static final String EVIL = "<script>alert('x')</script> & \"quotes\"";

  static Briefing sample() {
    Evidence e1 = new Evidence("s1", 0, "The bridge closed on Tuesday. " + EVIL);
    Evidence e2 = new Evidence("s2", 3, "Officials closed the bridge on Tuesday.");
    return new Briefing(
        Briefing.SCHEMA,
        new Briefing.Story("Bridge closes " + EVIL, "2024-02-07", "inferred from the texts"),
        List.of(
            new Briefing.Source(
                "s1",
                "Daily Tide",
                "a.txt",
                null,
                null,
                null,
                120,
                "2024-02-06",
                "inferred",
                "low"),
            new Briefing.Source(
                "s2",
                "Harbour Post",
                null,
                "javascript:alert(1)",
                "T",
                "2024-02-07",
                80,
                "2024-02-07",
                "publication date from the article's metadata",
                "high")),
        List.of(
            new Briefing.SummarySentence("The bridge closed on Tuesday. " + EVIL, List.of(e1, e2))),
        List.of(new Briefing.Fact("The bridge closed on Tuesday.", List.of(e1, e2))),
        List.of(
            new Briefing.Divergence(
                "when it closed",
                List.of(
                    new Briefing.Position("Tuesday", e1), new Briefing.Position("Monday", e2)))),
        List.of(
            new Briefing.QuoteEntry(
                "We had no choice " + EVIL, "Mara Holt", "e1", "s1", 2, List.of("s2")),
            new Briefing.QuoteEntry("Nobody told us anything", null, null, "s2", 4, List.of())),
        List.of(
            new Briefing.TimelineEntry(
                "2024-02-06", "Tuesday", "The bridge closed on Tuesday.", "s1", 0, List.of())),
        List.of(
            new Briefing.EntityEntry(
                "e1", "Mara Holt", "person", List.of("Holt"), 3, List.of("s1", "s2"))),
        List.of(new Briefing.SourceOnly("s2", List.of(e2))));
  }

  static List<String> validate(String json) {
    return new BriefingSchema().validate(json);
  }

  @Test
  void jsonFollowsTheSchema() throws Exception {
    String json = new JsonRenderer().render(sample());
    assertThat(validate(json)).isEmpty();
    assertThat(json)
        .contains("\"reference_date_basis\"")
        .contains("\"also_in\"")
        .contains("\"speaker_entity\"");
  }

  @Test
  void schemaValidationCatchesABrokenBriefing() throws Exception {
    String broken =
        new JsonRenderer().render(sample()).replace("\"sentence\" : 0", "\"sentence\" : -1");
    assertThat(validate(broken)).isNotEmpty();
  }

  @Test
  void htmlEscapesAllArticleTextAndLinksOnlyWebUrls() {
    String html = new HtmlRenderer().render(sample());
    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    assertThat(html).doesNotContain("href=\"javascript:");
    assertThat(html).contains("aria-controls=\"ev1\"").contains("id=\"ev1\"");
    assertThat(html).doesNotContain("<link").doesNotContain("src=\"http");
  }

  @Test
  void markdownHasEverySectionAndNeutralizesMarkup() {
    String md = new MarkdownRenderer().render(sample());
    assertThat(md)
        .contains(
            "## Summary",
            "## Where sources differ",
            "## Quotes",
            "## Timeline",
            "## Actors",
            "## Sources",
            "[s1:0][s2:3]",
            "*speaker unknown*");
    assertThat(md).doesNotContain("<script>");
  }
}
