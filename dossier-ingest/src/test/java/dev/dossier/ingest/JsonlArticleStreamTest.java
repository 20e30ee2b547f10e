package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlArticleStreamTest {
  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  private void read(Path f) {
    new JsonlArticleStream().read(f, "dump", articles::add, problems::add);
  }

  private static String line(int i) {
    return "{\"id\": \"a"
        + i
        + "\", \"title\": \"Ferry strike, day "
        + i
        + "\", \"text\": \"Ferry crews in Valmere "
        + "stayed off work on day "
        + i
        + " of the strike, the union said.\"}";
  }

  @Test
  void readsAFileLargerThanWholeFilesMayBeLineByLine() throws Exception {
    Path f = dir.resolve("big.jsonl");
    long target = FileDecoder.DEFAULT_MAX_BYTES + (1 << 20);
    int n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(f)) {
      for (long written = 0; written < target; n++) {
        String l = line(n);
        w.write(l);
        w.newLine();
        written += l.length() + 1;
      }
    }
    read(f);
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(n);
    assertThat(articles.get(n - 1).id()).isEqualTo("a" + (n - 1));
  }

  @Test
  void keepsGoodLinesAndNamesTheBadOnes() throws Exception {
    Path f = dir.resolve("mixed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(
          (line(1) + "\n{\"id\": \"broken\n\n[1, 2]\n" + line(2) + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    read(f);
    assertThat(articles).extracting(Article::id).containsExactly("a1", "a2");
    assertThat(problems).extracting(IngestProblem::where).containsExactly(f + ":2", f + ":4");
  }

  @Test
  void replacesBytesThatAreNotUtf8AndSaysSoOnce() throws Exception {
    Path f = dir.resolve("latin.jsonl");
    byte[] bad =
        "{\"id\": \"x\", \"text\": \"Caf\u00e9 owners in Valmere reopened on Monday.\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, concat(bad, bad));
    read(f);
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).text()).contains("\uFFFD");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).reason()).contains("not UTF-8");
  }

  @Test
  void anEmptyOrBinaryFileIsOneProblem() throws Exception {
    Path empty = dir.resolve("empty.jsonl");
    Files.write(empty, new byte[0]);
    Path binary = dir.resolve("binary.jsonl");
    Files.write(binary, new byte[] {0, 1, 2, 0, 5, 6});
    Path notGzip = dir.resolve("fake.jsonl.gz");
    Files.writeString(notGzip, line(1));
    read(empty);
    read(binary);
    read(notGzip);
    assertThat(articles).isEmpty();
    assertThat(problems)
        .extracting(IngestProblem::reason)
        .containsExactly("empty file", "binary file, not text", "not a valid gzip file");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
