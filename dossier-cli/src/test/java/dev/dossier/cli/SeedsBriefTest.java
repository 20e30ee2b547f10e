package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.render.BriefingSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference cluster in ../shared/seeds (real reports, read in place, never copied into the
 * project). Checks structure and the properties the product promises; skipped when ../shared is
 * absent.
 */
class SeedsBriefTest {
  static final Path SEEDS = Path.of(System.getProperty("dossier.shared", "../../shared"), "seeds");
  static String json;
  static JsonNode b;

  @BeforeAll
  static void brief() throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present: skipping the seeds test");
    CliRun r = CliRun.of("brief", SEEDS.toString(), "--format", "json", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    json = r.out();
    b = new ObjectMapper().readTree(json);
  }

  @Test
  void isAValidBriefing() {
    assertThat(new BriefingSchema().validate(json)).isEmpty();
    assertThat(b.get("sources").size()).isEqualTo(5);
  }

  @Test
  void referenceDateIsInferredInMarch2018() {
    assertThat(b.at("/story/reference_date").asText()).startsWith("2018-03");
    assertThat(b.at("/story/reference_date_basis").asText()).startsWith("inferred from the texts");
  }

  @Test
  void mondayOfTheTrainArrivalIsMarch26() {
    int checked = 0;
    for (JsonNode t : b.get("timeline")) {
      String event = t.get("event").asText();
      if (t.get("expression").asText().startsWith("Monday") && event.contains("train")) {
        assertThat(t.get("date").asText()).as(event).isEqualTo("2018-03-26");
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(1);
  }

  @Test
  void everyQuoteOfThreeOrMoreWordsHasANamedSpeaker() {
    for (JsonNode q : b.get("quotes")) {
      if (q.get("text").asText().split("\\s+").length >= 3) {
        assertThat(q.get("speaker").isNull())
            .as("speaker of: %s", q.get("text").asText())
            .isFalse();
        assertThat(q.get("speaker").asText()).isNotBlank();
      }
    }
  }

  @Test
  void summaryCitationsAreVerbatimTextOfTheirSources() throws Exception {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode s : b.get("sources")) {
      texts.put(s.get("id").asText(), Files.readString(Path.of(s.get("file").asText())));
    }
    for (JsonNode s : b.get("summary")) {
      for (JsonNode c : s.get("citations")) {
        String text = c.get("text").asText();
        assertThat(texts.get(c.get("source").asText()))
            .as("cited text in its source")
            .contains(text);
      }
    }
  }

  @Test
  void noDebrisInTheSummaryAndNoRepeatedSentence() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (JsonNode s : b.get("summary")) {
      String t = s.get("text").asText();
      assertThat(seen.add(t)).as("repeated: %s", t).isTrue();
      assertThat(DebrisOracle.looksLikeDebris(t)).as("debris: %s", t).isFalse();
    }
  }
}
