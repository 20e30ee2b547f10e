package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.analyze.summary.Selection;
import dev.dossier.engine.Dossier;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier summarize}: batch summaries for evaluation. Clusters are summarized in parallel; every
 * finished summary is written and flushed as one whole line, so an interrupted run loses nothing, and a
 * rerun skips the ids already in the output.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = "Summarize clusters: input lines {\"id\", \"documents\": [...]}, output lines {\"id\", \"summary\"} "
        + "with one summary sentence per line.")
final class SummarizeCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "clusters.jsonl or clusters.jsonl.gz")
  Path in;

  @Option(names = "--out", required = true, description = "summaries.jsonl (resumed if it exists)")
  Path out;

  @Option(names = "--words", defaultValue = "300", description = "summary length in words (default: ${DEFAULT-VALUE})")
  int words;

  @picocli.CommandLine.Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--restart", description = "ignore an existing output file and start over")
  boolean restart;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar or warnings")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (words < 10) {
      throw new Main.UsageError("--words must be at least 10, got " + words);
    }
    // The input is read (and a missing one reported) before anything is made or deleted for the output.
    long total = ClusterLines.count(in);
    OutputFile.prepare(out, "--out");
    if (restart) {
      Files.deleteIfExists(out);
    }
    Set<String> done = ClusterLines.finishedIds(out);
    // The same path as dossier eval: what is summarized here is what is scored there.
    Dossier dossier = engine.engine(null);
    int n = dossier.options().threads();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    Semaphore inFlight = new Semaphore(n * 4);
    AtomicInteger written = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    long t0 = System.nanoTime();
    try (BufferedReader reader = ClusterLines.open(in);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        Progress progress = new Progress("Summarizing", total, "clusters", quiet)) {
      progress.step(done.size());
      int lineNo = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = parse(line, lineNo, skipped);
        if (node == null) {
          progress.step(1);
          continue;
        }
        String id = node.get("id").asText();
        if (done.contains(id)) {
          continue;
        }
        inFlight.acquire();
        pool.submit(() -> {
          try {
            String summary = summarize(node, id, dossier);
            writeLine(writer, id, summary);
            written.incrementAndGet();
          } catch (RuntimeException e) {
            warn("cluster " + id + ": skipped (" + e.getMessage() + ")");
            skipped.incrementAndGet();
          } finally {
            progress.step(1);
            inFlight.release();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(7, TimeUnit.DAYS);
    } finally {
      pool.shutdownNow();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    if (!quiet) {
      System.err.printf("summarized %d clusters in %.1f s (%.2f clusters/s); %d already done, %d skipped%n",
          written.get(), secs, written.get() / Math.max(secs, 1e-9), done.size(), skipped.get());
    }
    if (written.get() == 0 && done.isEmpty() && skipped.get() > 0) {
      // Every line was skipped: the input holds nothing this command reads, whatever -q hid.
      throw new Main.UserError("no usable cluster in " + in + " (" + skipped.get() + " lines skipped)");
    }
    return 0;
  }

  private JsonNode parse(String line, int lineNo, AtomicInteger skipped) {
    try {
      JsonNode node = ClusterLines.JSON.readTree(line);
      if (node == null || !node.hasNonNull("id") || !node.has("documents") || !node.get("documents").isArray()) {
        warn(in + ":" + lineNo + ": skipped (expected {\"id\", \"documents\": [...]})");
        skipped.incrementAndGet();
        return null;
      }
      return node;
    } catch (IOException e) {
      warn(in + ":" + lineNo + ": skipped (malformed JSON line)");
      skipped.incrementAndGet();
      return null;
    }
  }

  private String summarize(JsonNode node, String id, Dossier dossier) {
    List<String> docs = new ArrayList<>();
    node.get("documents").forEach(d -> docs.add(d.asText("")));
    List<Selection> sel = dossier.summarize(id, docs, words);
    if (sel.isEmpty()) {
      warn("cluster " + id + ": no readable document; empty summary");
    }
    return sel.stream().map(s -> s.text().replace('\n', ' ')).collect(Collectors.joining("\n"));
  }

  private static void writeLine(BufferedWriter writer, String id, String summary) {
    ObjectNode o = ClusterLines.JSON.createObjectNode();
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

  private void warn(String message) {
    if (!quiet) {
      System.err.println("warning: " + message);
    }
  }
}
