package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.ingest.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a briefing goes, and how failures are told apart: the paper cuts a new user found. */
class BriefOutputTest {
  private static final String EXAMPLE = "../examples/valmere-ferry-strike";
  @TempDir Path dir;

  @Test
  void oneRunWritesEveryFormatAskedForIntoTheFolder() throws Exception {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.of("brief", EXAMPLE, "-q", "--format", "md,json,html", "--out-dir", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("briefing.md"))).startsWith("# ");
    assertThat(Files.readString(out.resolve("briefing.json")))
        .contains("\"schema\" : \"dossier.briefing/1\"");
    assertThat(Files.readString(out.resolve("briefing.html"))).contains("<html");
  }

  @Test
  void theOutFilesExtensionSetsTheFormatAndTheFileIsReadableByOthersAsTheUmaskAllows()
      throws Exception {
    Path html = dir.resolve("b.html");
    CliRun r = CliRun.of("brief", EXAMPLE, "-q", "--out", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(html)).contains("<html");
    // Created the ordinary way, not as an owner-only temporary file (rw-------).
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(html);
    Path plain = Files.createFile(dir.resolve("plain"));
    assertThat(perms).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void severalFormatsWithoutAFolderOrAContradictingExtensionAreUsageErrors() {
    assertThat(CliRun.of("brief", EXAMPLE, "--format", "md,json").exit()).isEqualTo(2);
    CliRun clash =
        CliRun.of("brief", EXAMPLE, "--format", "json", "--out", dir.resolve("x.html").toString());
    assertThat(clash.exit()).isEqualTo(2);
    assertThat(clash.err()).contains("--out").doesNotContain("Exception");
  }

  @Test
  void aBugIsAnInternalErrorNotAUsageError() {
    assertThat(exit(new IllegalArgumentException("a bad value inside the engine"))).isEqualTo(1);
    assertThat(exit(new IllegalStateException("broken"))).isEqualTo(1);
    assertThat(exit(new Main.UsageError("--words must be at least 10"))).isEqualTo(2);
    assertThat(exit(new InputException("no such file: x"))).isEqualTo(Main.EXIT_INPUT);
  }

  private static int exit(Exception e) {
    return Main.report(e, new PrintWriter(new StringWriter()));
  }
}
