package dev.dossier.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.analyze.summary.Selection;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Batch summaries of a JSONL file of clusters ({@code {"id", "documents": [...]}} per line) into a
 * JSONL file of {@code {"id", "summary"}} lines, one summary sentence per line of the summary.
 * Clusters are summarized in parallel; every finished summary is written and flushed as one whole
 * line, so an interrupted run loses nothing and a rerun skips the ids already in the output.
 * Internal to the engine: call {@link Dossier#summarizeFile}.
 */
final class SummaryBatch {
  /**
   * Clusters read ahead of the workers, per thread: enough to keep them busy, few enough to bound
   * memory.
   */
  private static final int READ_AHEAD_PER_THREAD = 4;

  private final Dossier dossier;
  private final int words;
  private final ProgressListener listener;
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();

  SummaryBatch(Dossier dossier, int words, ProgressListener listener) {
    this.dossier = dossier;
    this.words = words;
    this.listener = listener;
  }

  Dossier.BatchReport run(Path in, Path out, boolean restart) throws IOException {
    // The input is read (and a missing one reported) before anything is made or deleted for the
    // output.
    long total = JsonLines.count(in);
    if (restart) {
      Files.deleteIfExists(out);
    }
    Set<String> done = JsonLines.finishedIds(out);
    int threads = dossier.options().threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * READ_AHEAD_PER_THREAD);
    long t0 = System.nanoTime();
    listener.begin("Summarizing", total, "clusters");
    try (BufferedReader reader = JsonLines.open(in);
        BufferedWriter writer =
            Files.newBufferedWriter(
                out,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
      listener.step(done.size());
      int lineNo = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        JsonNode node = line.isBlank() ? null : parse(in, line, lineNo);
        if (node == null) {
          listener.step(line.isBlank() ? 0 : 1);
          continue;
        }
        String id = node.get("id").asText();
        if (done.contains(id)) {
          continue;
        }
        inFlight.acquire();
        pool.submit(() -> summarizeOne(node, id, writer, inFlight));
      }
      pool.shutdown();
      pool.awaitTermination(7, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("summarize interrupted", e);
    } finally {
      pool.shutdownNow();
      listener.end();
    }
    return new Dossier.BatchReport(
        written.get(), done.size(), skipped.get(), (System.nanoTime() - t0) / 1e9);
  }

  private void summarizeOne(JsonNode node, String id, BufferedWriter writer, Semaphore inFlight) {
    try {
      List<String> docs = new ArrayList<>();
      node.get("documents").forEach(d -> docs.add(d.asText("")));
      List<Selection> sel = dossier.summarize(id, docs, words);
      if (sel.isEmpty()) {
        listener.warn("cluster " + id + ": no readable document; empty summary");
      }
      write(
          writer,
          id,
          sel.stream().map(s -> s.text().replace('\n', ' ')).collect(Collectors.joining("\n")));
      written.incrementAndGet();
    } catch (RuntimeException e) {
      // One bad cluster never costs the batch: it is skipped, named, and the rest goes on.
      listener.warn("cluster " + id + ": skipped (" + e.getMessage() + ")");
      skipped.incrementAndGet();
    } finally {
      listener.step(1);
      inFlight.release();
    }
  }

  private JsonNode parse(Path in, String line, int lineNo) {
    try {
      JsonNode node = JsonLines.JSON.readTree(line);
      if (node != null
          && node.hasNonNull("id")
          && node.has("documents")
          && node.get("documents").isArray()) {
        return node;
      }
      listener.warn(in + ":" + lineNo + ": skipped (expected {\"id\", \"documents\": [...]})");
    } catch (IOException e) {
      listener.warn(in + ":" + lineNo + ": skipped (malformed JSON line)");
    }
    skipped.incrementAndGet();
    return null;
  }

  private static void write(BufferedWriter writer, String id, String summary) {
    ObjectNode o = JsonLines.JSON.createObjectNode();
    o.put("id", id);
    o.put("summary", summary);
    synchronized (writer) {
      try {
        writer.write(o.toString());
        writer.newLine();
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
