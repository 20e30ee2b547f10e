package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
  @TempDir Path dir;

  @Test
  void missingPathAndEmptyFolderAreInputErrors() throws Exception {
    assertThatThrownBy(() -> new ArticleLoader().load(List.of(dir.resolve("nope").toString())))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no such file or folder");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> new ArticleLoader().load(List.of(empty.toString())))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no readable files");
  }

  @Test
  void badFilesAreSkippedWithReasonsAndGoodOnesKept() throws Exception {
    Files.writeString(
        dir.resolve("good.txt"), "The council closed the bridge on Tuesday for repairs.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Files.write(
        dir.resolve("latin.txt"),
        "Caf\u00e9 owners said the bridge closure hurt trade."
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
    IngestResult r = new ArticleLoader(4096).load(List.of(dir.toString()));
    assertThat(r.articles()).extracting(a -> a.id()).containsExactlyInAnyOrder("good", "latin");
    assertThat(
            r.articles().stream()
                .filter(a -> a.id().equals("latin"))
                .findFirst()
                .orElseThrow()
                .text())
        .contains("Café");
    assertThat(r.problems())
        .extracting(IngestProblem::toString)
        .anySatisfy(s -> assertThat(s).contains("empty file"))
        .anySatisfy(s -> assertThat(s).contains("binary file"))
        .anySatisfy(s -> assertThat(s).contains("not valid UTF-8"))
        .anySatisfy(s -> assertThat(s).contains("too large"));
  }

  @Test
  void globsSelectFiles() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "The council closed the bridge on Tuesday.");
    Files.writeString(
        dir.resolve("b.html"), "<p>The council closed the bridge on Tuesday, officials said.</p>");
    IngestResult r = new ArticleLoader().load(List.of(dir + "/*.txt"));
    assertThat(r.articles()).extracting(a -> a.id()).containsExactly("a");
  }

  @Test
  void onlyBadFilesIsAnInputErrorNamingTheProblem() throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThatThrownBy(() -> new ArticleLoader().load(List.of(dir.toString())))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty file");
  }
}
