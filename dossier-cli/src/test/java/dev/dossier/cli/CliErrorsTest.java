package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User errors: one clear line, a distinct exit code, no stack trace; bad items skipped, not fatal.
 */
class CliErrorsTest {
  @TempDir Path dir;

  private static void oneLineNoTrace(CliRun r) {
    assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingPathIsAnInputError() {
    CliRun r = CliRun.of("brief", dir.resolve("nothing-here").toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    oneLineNoTrace(r);
    assertThat(r.err()).contains("no such file or folder");
  }

  @Test
  void folderOfUnreadableFilesIsAnInputError() throws Exception {
    Files.write(dir.resolve("a.txt"), new byte[] {0, 1, 2, 3});
    CliRun r = CliRun.of("brief", dir.toString(), "-q");
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    oneLineNoTrace(r);
    assertThat(r.err()).contains("binary");
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun format = CliRun.of("brief", "../examples/valmere-ferry-strike", "--format", "pdf");
    assertThat(format.exit()).isEqualTo(2);
    oneLineNoTrace(format);
    CliRun date = CliRun.of("brief", "../examples/valmere-ferry-strike", "--date", "2020-13-45");
    assertThat(date.exit()).isEqualTo(2);
    assertThat(date.err()).contains("YYYY-MM-DD");
  }

  @Test
  void badFileNextToGoodOnesIsAWarningAndTheBriefingIsMade() throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "Title: Bridge shut\n\nThe council shut the old bridge on Monday, "
            + "officials said. \"We had no choice,\" said Mara Holt, the council leader.");
    Files.write(dir.resolve("b.txt"), new byte[0]);
    CliRun r = CliRun.of("brief", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning:").contains("b.txt: empty file");
    assertThat(r.out()).contains("\"schema\" : \"dossier.briefing/1\"");
  }

  @Test
  void summarizeSkipsMalformedLinesAndResumesWithoutRepeating() throws Exception {
    Path in = dir.resolve("clusters.jsonl");
    Path out = dir.resolve("out.jsonl");
    String doc =
        "The council shut the old bridge on Monday for repairs. Drivers were told to use the ring road "
            + "instead. Engineers found cracks in two supports last month.";
    Files.write(
        in,
        List.of(
            "{\"id\": \"c1\", \"documents\": [\"" + doc + "\", \"" + doc + "\"]}",
            "{broken",
            "{\"id\": \"c2\", \"documents\": [\"" + doc + "\"]}"));
    CliRun first =
        CliRun.of("summarize", "--in", in.toString(), "--out", out.toString(), "--words", "30");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("clusters.jsonl:2: skipped (malformed JSON line)");
    assertThat(Files.readAllLines(out)).hasSize(2);
    // A killed run leaves a partial last line: the rerun cuts it and finishes the missing cluster
    // only.
    List<String> lines = Files.readAllLines(out);
    String keep = lines.get(0).contains("\"c1\"") ? lines.get(0) : lines.get(1);
    String whole = lines.get(0).contains("\"c1\"") ? lines.get(1) : lines.get(0);
    Files.writeString(out, keep + "\n{\"id\": \"c2\", \"summ");
    CliRun second =
        CliRun.of(
            "summarize", "--in", in.toString(), "--out", out.toString(), "--words", "30", "-q");
    assertThat(second.exit()).isZero();
    List<String> after = Files.readAllLines(out);
    assertThat(after).hasSize(2);
    assertThat(after.get(0)).isEqualTo(keep);
    // The same summary the uninterrupted run wrote for c2, whichever sentences the model picks.
    assertThat(after.get(1)).isEqualTo(whole).startsWith("{\"id\":\"c2\",\"summary\":\"");
  }

  @Test
  void summarizeWithNothingReadableOrNowhereToWriteIsAnInputError() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{broken\n{\"id\": \"c1\"}\n");
    CliRun quiet =
        CliRun.of(
            "summarize", "-q", "--in", bad.toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(quiet.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(quiet.err()).contains("no usable cluster in").contains("2 lines skipped");
    oneLineNoTrace(quiet);

    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    String doc = "The council shut the old bridge on Monday for repairs.";
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": \"c1\", \"documents\": [\"" + doc + "\"]}\n");
    CliRun nowhere =
        CliRun.of("summarize", "--in", in.toString(), "--out", file.resolve("o.jsonl").toString());
    assertThat(nowhere.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(nowhere.err()).contains("cannot write --out file");
    oneLineNoTrace(nowhere);
    // A folder that does not exist yet is made.
    CliRun made =
        CliRun.of(
            "summarize",
            "-q",
            "--in",
            in.toString(),
            "--out",
            dir.resolve("new/o.jsonl").toString(),
            "--words",
            "30");
    assertThat(made.exit()).as(made.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("new/o.jsonl"))).hasSize(1);
  }

  @Test
  void summarizeMissingInputIsAnInputError() {
    CliRun r =
        CliRun.of(
            "summarize",
            "--in",
            dir.resolve("none.jsonl").toString(),
            "--out",
            dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    oneLineNoTrace(r);
  }
}
