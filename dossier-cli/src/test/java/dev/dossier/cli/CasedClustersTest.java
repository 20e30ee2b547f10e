package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summarize} on the 100 full-length cased Multi-News clusters as scraped (real web text with
 * its debris), read from ../shared: every cluster gets a summary, none repeats a sentence, and no
 * summary sentence matches the debris oracle. Skipped when ../shared is absent.
 */
class CasedClustersTest {
  static final Path DEV100 =
      Path.of(
          System.getProperty("dossier.shared", "../../shared"),
          "data",
          "multinews-cased",
          "dev100.jsonl.gz");

  @TempDir Path dir;

  @Test
  void summariesOfRealWebTextHaveNoDebrisAndNoRepeats() throws Exception {
    assumeTrue(Files.isRegularFile(DEV100), "../shared/data/multinews-cased not present: skipping");
    Path out = dir.resolve("dev100.jsonl");
    CliRun r =
        CliRun.of(
            "summarize",
            "--in",
            DEV100.toString(),
            "--out",
            out.toString(),
            "--words",
            "300",
            "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(100);
    ObjectMapper json = new ObjectMapper();
    List<String> debris = new ArrayList<>();
    int sentences = 0;
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      Set<String> seen = new HashSet<>();
      for (String s : n.get("summary").asText().split("\n")) {
        if (s.isBlank()) {
          continue;
        }
        sentences++;
        String key = s.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        assertThat(seen.add(key)).as("repeated in %s: %s", n.get("id").asText(), s).isTrue();
        if (DebrisOracle.looksLikeDebris(s)) {
          debris.add(n.get("id").asText() + ": " + s);
        }
      }
    }
    System.out.println(
        "dev100: " + sentences + " summary sentences, " + debris.size() + " flagged as debris");
    debris.forEach(d -> System.out.println("  debris: " + d));
    assertThat(debris).isEmpty();
  }
}
