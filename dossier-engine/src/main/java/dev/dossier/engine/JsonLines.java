package dev.dossier.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.ingest.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines files, plain or gzip: opening one (a missing file is an {@link InputException}),
 * counting its lines for a progress bar, and the ids already present in a partial output so a batch
 * can resume.
 */
public final class JsonLines {
  /** One shared mapper: Jackson's ObjectMapper is thread-safe once configured. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  public static BufferedReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputException("no such file: " + file);
    }
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  public static long count(Path file) throws IOException {
    try (BufferedReader r = open(file)) {
      return r.lines().filter(l -> !l.isBlank()).count();
    }
  }

  /**
   * Ids of complete lines in an earlier output. A trailing partial line (the process was killed
   * while writing) is cut off so appending continues on a clean line boundary.
   */
  public static Set<String> finishedIds(Path out) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.exists(out)) {
      return ids;
    }
    long keep = 0;
    long pos = 0;
    try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        pos += line.getBytes(StandardCharsets.UTF_8).length + 1;
        try {
          JsonNode n = JSON.readTree(line);
          if (n != null && n.hasNonNull("id") && n.has("summary")) {
            ids.add(n.get("id").asText());
            keep = pos;
          }
        } catch (IOException e) {
          break;
        }
      }
    }
    try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      if (f.length() > keep) {
        f.setLength(keep);
      }
    }
    return ids;
  }
}
