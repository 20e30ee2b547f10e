package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDedupCommandTest {
  @TempDir Path dir;

  /**
   * Generated fictional text: 120 words from a per-story vocabulary, so stories share few shingles.
   */
  private static String text(Random r, int story) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      sb.append("w")
          .append(story)
          .append('x')
          .append(r.nextInt(300))
          .append(i % 12 == 11 ? ". " : " ");
    }
    return sb.toString();
  }

  @Test
  void editedCopiesAreFoundAndOtherReportsAreNot() throws Exception {
    Random r = new Random(3);
    List<String> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (int c = 0; c < 40; c++) {
      lines.add(
          json.writeValueAsString(
              Map.of(
                  "id",
                  "c" + c,
                  "summary",
                  "s",
                  "documents",
                  List.of(text(r, c), text(r, c), text(r, c)))));
    }
    Path in = dir.resolve("clusters.jsonl");
    Files.write(in, lines);
    CliRun run = CliRun.of("eval-dedup", "--in", in.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("40 originals, 40 edited copies, 80 other reports");
    assertThat(run.out())
        .containsPattern(
            "precision 1\\.0000, recall 0\\.9[5-9]|precision 1\\.0000, recall 1\\.0000");
  }
}
