package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.render.BriefingSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the shipped example (a fictional story written for the project): golden JSON,
 * schema validity and the properties a reader relies on. Regenerate the golden file on purpose with
 * {@code ./mvnw test -pl dossier-cli -Ddossier.updateGolden=true} and review the diff.
 */
class ExampleBriefTest {
  static final String EXAMPLE = "../examples/valmere-ferry-strike";
  static final Path GOLDEN = Path.of("src/test/resources/golden/valmere-ferry-strike.json");
  static String json;
  static JsonNode briefing;

  @BeforeAll
  static void brief() throws Exception {
    CliRun r = CliRun.of("brief", EXAMPLE, "--format", "json", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    json = r.out();
    briefing = new ObjectMapper().readTree(json);
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    if (Boolean.getBoolean("dossier.updateGolden")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void isAValidBriefing() {
    assertThat(new BriefingSchema().validate(json)).isEmpty();
  }

  @Test
  void everyArticleIsDatedOnItsOwnDayAndEveryTimelineEntryIsRight() {
    // As the texts tell it: the Courier ("on Tuesday" its commuters' trip) and the Harbour Post
    // ("entered its second day on Tuesday") write on Tuesday, the Coastal Wire ("a third day ... on
    // Wednesday") on Wednesday, Radio Valmere ("the city said on Thursday") on Thursday.
    List<String> days = new ArrayList<>();
    briefing.get("sources").forEach(s -> days.add(s.get("reference_date").asText()));
    assertThat(days).containsExactly("2025-09-16", "2025-09-16", "2025-09-17", "2025-09-18");
    java.util.Map<String, String> want =
        java.util.Map.of(
            "entered its second day on Tuesday", "2025-09-16",
            "the city said on Thursday", "2025-09-18",
            "would take place on Friday", "2025-09-19",
            "sit down tomorrow", "2025-09-17");
    want.forEach(
        (words, day) -> {
          JsonNode entry = null;
          for (JsonNode t : briefing.get("timeline")) {
            if (t.get("event").asText().contains(words)) {
              entry = t;
            }
          }
          assertThat(entry).as(words).isNotNull();
          assertThat(entry.get("date").asText()).as(words).isEqualTo(day);
        });
  }

  @Test
  void infersTheReferenceDateAndResolvesWeekdays() {
    assertThat(briefing.at("/story/reference_date").asText()).isEqualTo("2025-09-18");
    assertThat(briefing.at("/story/reference_date_basis").asText())
        .contains("Monday, September 15");
    for (JsonNode t : briefing.get("timeline")) {
      if (t.get("expression").asText().contains("Monday")) {
        assertThat(t.get("date").asText()).isEqualTo("2025-09-15");
      }
    }
  }

  @Test
  void everyQuoteHasItsSpeakerAndSharedQuotesAreMerged() {
    List<String> speakers = new ArrayList<>();
    for (JsonNode q : briefing.get("quotes")) {
      assertThat(q.get("speaker").isNull()).as("speaker of %s", q.get("text")).isFalse();
      speakers.add(q.get("speaker").asText());
      if (q.get("text").asText().startsWith("Our offer is fair")) {
        assertThat(q.get("also_in").toString()).contains("s2");
      }
    }
    assertThat(speakers)
        .contains("Tomas Reyes", "Elena Marsh", "Priya Nandakumar")
        .doesNotContain("Reyes", "Marsh");
  }

  @Test
  void aliasesMergeButNamesakesStayApart() {
    List<String> names = new ArrayList<>();
    for (JsonNode e : briefing.get("entities")) {
      names.add(e.get("name").asText());
      if (e.get("name").asText().equals("Elena Marsh")) {
        assertThat(e.get("aliases").toString()).contains("Marsh");
      }
    }
    assertThat(names).contains("Tomas Reyes", "Ana Reyes", "Elena Marsh");
  }

  @Test
  void summaryCitationsAreVerbatimSourceSentences() throws Exception {
    assertThat(briefing.get("summary").size()).isPositive();
    for (JsonNode s : briefing.get("summary")) {
      for (JsonNode c : s.get("citations")) {
        assertThat(c.get("text").asText()).isNotBlank();
      }
      assertThat(s.get("citations").get(0).get("text").asText()).isEqualTo(s.get("text").asText());
    }
  }

  @Test
  void markdownAndHtmlRender() {
    CliRun md = CliRun.of("brief", EXAMPLE, "--format", "md", "-q");
    assertThat(md.out()).contains("## Summary").contains("## Quotes").contains("Tomas Reyes");
    CliRun html = CliRun.of("brief", EXAMPLE, "--format", "html", "-q", "--words", "80");
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>")
        .contains("class=\"cite\"")
        .doesNotContain("<script src");
  }
}
