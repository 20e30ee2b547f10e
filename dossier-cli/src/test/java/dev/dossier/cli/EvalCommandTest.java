package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  static final String TINY = "src/test/resources/eval/tiny.jsonl";

  @TempDir Path dir;

  @Test
  void printsOneRowPerSystemAndSkipsBadLinesWithWarnings() {
    CliRun r =
        CliRun.of(
            "eval",
            "--dataset",
            TINY,
            "--system",
            "lead3,leadfill,lexrank,textrank,sumbasic,mmr,dossier",
            "--words",
            "20",
            "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 clusters, 20-word budget");
    for (String s :
        new String[] {"lead3", "leadfill", "lexrank", "textrank", "sumbasic", "mmr", "dossier"}) {
      assertThat(r.out()).containsPattern("\\| " + s + " \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\|");
    }
  }

  @Test
  void comparesEachSystemWithTheBaselineClusterByClusterAndWritesPerExampleScores()
      throws Exception {
    Path scores = dir.resolve("scores.jsonl");
    CliRun r =
        CliRun.of(
            "eval",
            "--dataset",
            TINY,
            "--system",
            "lead3,leadfill,dossier",
            "--words",
            "20",
            "--per-example",
            scores.toString(),
            "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Against leadfill, cluster by cluster");
    String gain = "[+-]\\d+\\.\\d\\d\\*? \\| \\[[+-]\\d+\\.\\d\\d, [+-]\\d+\\.\\d\\d\\]";
    for (String s : new String[] {"lead3", "dossier"}) {
      assertThat(r.out())
          .containsPattern(
              "\\| "
                  + s
                  + " \\| "
                  + gain
                  + " \\| "
                  + gain
                  + " \\| "
                  + gain
                  + " \\| \\d+ / \\d+ / \\d+ \\|");
    }
    assertThat(r.out()).doesNotContainPattern("\\| leadfill \\| [+-]");

    List<String> lines = Files.readAllLines(scores);
    assertThat(lines).hasSize(3 * 2);
    ObjectMapper json = new ObjectMapper();
    double leadfillR1 = 0;
    for (String line : lines) {
      JsonNode o = json.readTree(line);
      assertThat(o.get("id").asText()).isIn("f1", "f2");
      assertThat(o.get("system").asText()).isIn("lead3", "leadfill", "dossier");
      assertThat(o.get("r1").asDouble()).isBetween(0.0, 100.0);
      assertThat(o.get("words").asInt()).isBetween(1, 20);
      if (o.get("system").asText().equals("leadfill")) {
        leadfillR1 += o.get("r1").asDouble() / 2;
      }
    }
    // The per-example scores are the ones the table averages.
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\| leadfill \\| (\\d+\\.\\d\\d) ").matcher(r.out());
    assertThat(m.find()).isTrue();
    assertThat(Double.parseDouble(m.group(1)))
        .isCloseTo(leadfillR1, org.assertj.core.api.Assertions.within(0.011));
  }

  @Test
  void aBaselineNotAmongTheSystemsIsAUsageErrorAndNoneTurnsTheComparisonOff() {
    CliRun r = CliRun.of("eval", "--dataset", TINY, "--system", "lead3,dossier", "-q");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--baseline 'leadfill' is not among --system");
    CliRun none =
        CliRun.of(
            "eval",
            "--dataset",
            TINY,
            "--system",
            "lead3,dossier",
            "--baseline",
            "none",
            "--words",
            "20",
            "-q");
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).doesNotContain("cluster by cluster");
  }

  @Test
  void anUnwritablePerExampleFileFailsBeforeTheRun() throws Exception {
    // Its folder would have to be made inside a file.
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    CliRun r =
        CliRun.of(
            "eval",
            "--dataset",
            TINY,
            "--system",
            "leadfill",
            "--per-example",
            file.resolve("scores.jsonl").toString(),
            "-q");
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err()).contains("cannot write --per-example file");
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    CliRun r = CliRun.of("eval", "--dataset", TINY, "--limit", "-5", "-q");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--limit must be 0");
  }

  @Test
  void unknownSystemIsAUsageError() {
    CliRun r = CliRun.of("eval", "--dataset", TINY, "--system", "gpt9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown system 'gpt9'").contains("leadfill");
  }

  @Test
  void missingDatasetOrModelIsAnInputError() {
    assertThat(CliRun.of("eval", "--dataset", "nope.jsonl").exit()).isEqualTo(Main.EXIT_INPUT);
    CliRun r = CliRun.of("eval", "--dataset", TINY, "--model", "no-such-dir");
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err()).contains("--model needs a folder");
  }
}
