package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier dates}: one file per input article, one line per resolved expression. */
class DatesCommandTest {
  @TempDir Path dir;

  @Test
  void writesEachArticlesResolvedExpressionsWithTheirSentenceValueAndBasis() throws Exception {
    CliRun r =
        CliRun.of("dates", "../examples/valmere-ferry-strike", "-q", "--out-dir", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("02-harbour-post.jsonl")).isRegularFile();
    assertThat(dir.resolve("04-radio-valmere.jsonl")).isRegularFile();
    List<String> lines = Files.readAllLines(dir.resolve("02-harbour-post.jsonl"));
    ObjectMapper json = new ObjectMapper();
    boolean tuesday = false;
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      assertThat(n.get("sentence").asText()).contains(n.get("text").asText());
      assertThat(n.get("value").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
      assertThat(n.get("basis").asText()).isNotBlank();
      if (n.get("sentence").asText().contains("second day on Tuesday")) {
        tuesday = n.get("value").asText().equals("2025-09-16");
      }
    }
    assertThat(tuesday).as("the second day, Tuesday, is 2025-09-16").isTrue();
  }
}
