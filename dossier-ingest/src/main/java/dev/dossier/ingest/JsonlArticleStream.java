package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A JSONL file (or .jsonl.gz) read line by line, for ingest at volume: memory stays bounded by one
 * line however large the file, where {@link FileDecoder} reads a file whole and refuses one above
 * its limit. Bytes that are not UTF-8 become U+FFFD, with one warning for the file.
 */
public final class JsonlArticleStream {
  private final JsonlArticleReader reader = new JsonlArticleReader();

  /**
   * Sends each article to {@code sink}; a file that cannot be read at all is one problem.
   *
   * @param base the id of a line that has none of its own is {@code base:lineNumber}
   */
  public void read(
      Path file, String base, Consumer<Article> sink, Consumer<IngestProblem> problems) {
    try (InputStream raw = open(file)) {
      raw.mark(8192);
      byte[] head = raw.readNBytes(8192);
      raw.reset();
      if (head.length == 0) {
        problems.accept(new IngestProblem(file.toString(), "empty file"));
        return;
      }
      if (FileDecoder.looksBinary(head)) {
        problems.accept(new IngestProblem(file.toString(), "binary file, not text"));
        return;
      }
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      BufferedReader lines = new BufferedReader(new InputStreamReader(raw, decoder), 1 << 16);
      boolean replaced = false;
      int n = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        n++;
        if (!replaced && line.indexOf('\uFFFD') >= 0) {
          replaced = true;
          problems.accept(
              new IngestProblem(
                  file + ":" + n, "bytes that are not UTF-8 replaced (first at this line)"));
        }
        reader.readLine(line, n, base, file.toString(), sink, problems);
      }
    } catch (java.util.zip.ZipException e) {
      problems.accept(new IngestProblem(file.toString(), "not a valid gzip file"));
    } catch (IOException e) {
      problems.accept(new IngestProblem(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedInputStream(in, 1 << 16);
  }
}
