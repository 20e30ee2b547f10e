package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.render.BriefingSchema;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Facts and divergences on fictional clusters written for the project: planted agreements, planted
 * conflicts of each kind (one inside a single source) and near-misses that must not be reported.
 */
class AgreementTest {
  static JsonNode brief(String path) throws Exception {
    CliRun r = CliRun.of("brief", path, "--format", "json", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(new BriefingSchema().validate(r.out())).isEmpty();
    return new ObjectMapper().readTree(r.out());
  }

  /** topic prefix → the values that must be its positions. */
  static final Map<String, Set<String>> PLANTED =
      Map.of(
          "how many passengers (injure)", Set.of("12 passengers", "15 passengers"),
          "time of day of \"leave\"", Set.of("Friday evening", "Friday morning"),
          "how long the search lasted", Set.of("two-day", "from Saturday to Monday before"),
          "how many euros (estimate)", Set.of("2 million euros", "3 million euros"),
          "date of \"open\"", Set.of("Monday", "Tuesday"),
          "how many passengers (carry)", Set.of("210 passengers", "240 passengers"),
          "affiliation of Ines Calder", Set.of("Northgate University", "Coastal Safety Institute"),
          "who said", Set.of("Olav Brenn", "Lucia Ferro"),
          "where \"treat\"", Set.of("Tarn", "Oster"));

  @Test
  void plantedConflictsAreFoundAndNothingElse() throws Exception {
    JsonNode b = brief("src/test/resources/agreement/harbour");
    int found = 0;
    List<String> unexpected = new ArrayList<>();
    for (JsonNode d : b.get("divergences")) {
      String topic = d.get("topic").asText();
      Set<String> values = new TreeSet<>();
      d.get("positions").forEach(p -> values.add(p.get("value").asText()));
      String planted = PLANTED.keySet().stream().filter(topic::startsWith).findFirst().orElse(null);
      if (planted != null && values.equals(new TreeSet<>(PLANTED.get(planted)))) {
        found++;
      } else {
        unexpected.add(topic + " " + values);
      }
    }
    double recall = found / (double) PLANTED.size();
    double precision = found / (double) Math.max(1, b.get("divergences").size());
    System.out.printf(
        "divergences on the harbour fixture: recall %.2f, precision %.2f%n", recall, precision);
    assertThat(unexpected).isEmpty();
    assertThat(recall).isEqualTo(1.0);
  }

  @Test
  void aConflictInsideOneSourceIsFlagged() throws Exception {
    JsonNode b = brief("src/test/resources/agreement/harbour");
    for (JsonNode d : b.get("divergences")) {
      if (d.get("topic").asText().startsWith("how many passengers (carry)")) {
        d.get("positions")
            .forEach(p -> assertThat(p.at("/evidence/source").asText()).isEqualTo("s3"));
        return;
      }
    }
    throw new AssertionError("intra-source conflict not found");
  }

  @Test
  void nearMissesAreNotReported() throws Exception {
    JsonNode b = brief("src/test/resources/agreement/near-misses");
    assertThat(b.get("divergences"))
        .as(
            "two trains on different days, two affiliations in one sentence, "
                + "the same count twice, the same quote by the same speaker, a place and the county it lies in, two "
                + "values one sentence gives together (\"between 2% and 5%\"), a quote whose other speaker is only "
                + "\"he\", counts of two different years")
        .isEmpty();
  }

  @Test
  void plantedAgreementsAreFactsWithEverySourcesSentence() throws Exception {
    JsonNode b = brief("src/test/resources/agreement/harbour");
    Map<String, Integer> planted =
        Map.of("struck the main pier", 3, "opened an inquiry", 2, "will stay closed", 2);
    for (var e : planted.entrySet()) {
      JsonNode fact = null;
      for (JsonNode f : b.get("facts")) {
        boolean mentions = false;
        for (JsonNode ev : f.get("evidence")) {
          mentions |= ev.get("text").asText().contains(e.getKey());
        }
        if (mentions) {
          fact = f;
        }
      }
      assertThat(fact).as("fact about '%s'", e.getKey()).isNotNull();
      Set<String> sources = new TreeSet<>();
      fact.get("evidence").forEach(ev -> sources.add(ev.get("source").asText()));
      assertThat(sources).hasSize(e.getValue());
    }
  }

  @Test
  void whatOnlyOneSourceSaysIsListedUnderThatSource() throws Exception {
    JsonNode b = brief("src/test/resources/agreement/harbour");
    boolean found = false;
    for (JsonNode o : b.get("only_in_one_source")) {
      for (JsonNode s : o.get("statements")) {
        if (s.get("text").asText().startsWith("Tomas Adler")) {
          found = o.get("source").asText().equals("s3");
        }
        assertThat(s.get("source").asText()).isEqualTo(o.get("source").asText());
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void seedsShowTheirRealConflicts() throws Exception {
    java.nio.file.Path seeds =
        java.nio.file.Path.of(System.getProperty("dossier.shared", "../../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "../shared/seeds not present: skipping");
    JsonNode b = brief(seeds.toString());
    List<String> topics = new ArrayList<>();
    b.get("divergences").forEach(d -> topics.add(d.get("topic").asText()));
    assertThat(topics)
        .anyMatch(t -> t.startsWith("how long the visit lasted"))
        .anyMatch(t -> t.startsWith("time of day of \"leave\""));
    assertThat(b.get("facts").size()).isGreaterThanOrEqualTo(3);
  }
}
