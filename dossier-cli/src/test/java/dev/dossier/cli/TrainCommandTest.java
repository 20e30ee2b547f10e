package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier train}'s input errors; training itself is tested in dossier-eval (TrainingTest).
 */
class TrainCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingFileIsAnInputError() {
    CliRun r =
        CliRun.of(
            "train", "--data", dir.resolve("none.jsonl").toString(), "--out-dir", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void aFileWithNoUsableClusterSaysSoAndWarnsOfEachBadLine() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "not json\n{\"id\": \"x\"}\n");
    CliRun r =
        CliRun.of("train", "--data", bad.toString(), "--out-dir", dir.resolve("model").toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err())
        .contains("warning:")
        .contains("no usable cluster in")
        .doesNotContain("internal error");
    assertThat(dir.resolve("model")).doesNotExist();
  }

  @Test
  void tooFewClustersIsAnInputErrorNotAnInternalOne() {
    CliRun r =
        CliRun.of(
            "train",
            "-q",
            "--data",
            EvalCommandTest.TINY,
            "--out-dir",
            dir.resolve("model").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err()).contains("too few clusters to train on").doesNotContain("internal error");
    assertThat(dir.resolve("model")).doesNotExist();
  }
}
