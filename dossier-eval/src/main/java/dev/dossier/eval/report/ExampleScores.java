package dev.dossier.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.eval.ExampleScore;
import dev.dossier.eval.SystemResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code dossier eval --per-example}: every system's ROUGE F on every cluster, one JSON line each,
 * for error analysis and for significance tests of one's own.
 */
public final class ExampleScores {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExampleScores() {}

  public static void write(Path file, List<SystemResult> results) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (SystemResult r : results) {
        for (ExampleScore e : r.examples()) {
          ObjectNode o = JSON.createObjectNode();
          o.put("id", e.id());
          o.put("system", r.system());
          o.put("r1", round(e.r1f()));
          o.put("r2", round(e.r2f()));
          o.put("rl", round(e.rlf()));
          o.put("words", e.words());
          w.write(JSON.writeValueAsString(o));
          w.newLine();
        }
      }
    }
  }

  /** Percent, to two decimals like the tables. */
  private static double round(double f) {
    return Math.round(f * 10_000) / 100.0;
  }
}
