package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvalCommandTest {
  static final String TINY = "src/test/resources/eval/tiny.jsonl";

  @Test
  void printsOneRowPerSystemAndSkipsBadLinesWithWarnings() {
    CliRun r = CliRun.of("eval", "--dataset", TINY, "--system", "lead3,leadfill,lexrank,textrank,sumbasic,mmr,dossier",
        "--words", "20", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 clusters, 20-word budget");
    for (String s : new String[] {"lead3", "leadfill", "lexrank", "textrank", "sumbasic", "mmr", "dossier"}) {
      assertThat(r.out()).containsPattern("\\| " + s + " \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\|");
    }
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
