package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Reading cluster JSONL (plain or gzip) and the ids already present in a partial output file. */
final class ClusterLines {
  static final ObjectMapper JSON = new ObjectMapper();

  private ClusterLines() {}

  static BufferedReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new Main.UserError("no such file: " + file);
    }
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  static long count(Path file) throws IOException {
    try (BufferedReader r = open(file)) {
      return r.lines().filter(l -> !l.isBlank()).count();
    }
  }

  /**
   * Ids of complete lines in an earlier output. A trailing partial line (the process was killed while
   * writing) is cut off so appending continues on a clean line boundary.
   */
  static Set<String> finishedIds(Path out) throws IOException {
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
