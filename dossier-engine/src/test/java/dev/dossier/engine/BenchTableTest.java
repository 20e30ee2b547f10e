package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {
  @Test
  void figuresPrintAsAMarkdownTableWithWholeNumbersForLargeValues() {
    String t =
        Bench.table(
            List.of(
                new Bench.Figure("annotation", 2249.4, "tokens/s", "2 threads"),
                new Bench.Figure("brief", 1.456, "s", "")));
    assertThat(t.lines())
        .containsExactly(
            "| measure | value | unit | note |",
            "|---|---|---|---|",
            "| annotation | 2249 | tokens/s | 2 threads |",
            "| brief | 1.46 | s |  |");
  }

  @Test
  void theMachineLineNamesCoresAndJvmOptions() {
    assertThat(Bench.machine()).contains("cores").contains("JVM options:");
  }
}
