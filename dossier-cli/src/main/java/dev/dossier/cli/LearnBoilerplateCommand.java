package dev.dossier.cli;

import dev.dossier.engine.JsonLines;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.ingest.BoilerplateSentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier learn-boilerplate}: learns platform boilerplate from clustered news. A sentence that occurs
 * in at least {@code --min-clusters} different clusters is boilerplate (real reporting is not repeated
 * under unrelated stories). Writes hashes only, with a provenance header.
 */
@Command(name = "learn-boilerplate", mixinStandardHelpOptions = true,
    description = "Learn sentences that platforms repeat under unrelated stories, from cluster JSONL files "
        + "({\"id\", \"documents\": [...]}); writes their hashes.")
final class LearnBoilerplateCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, arity = "1..*", description = "cluster JSONL files (.gz allowed)")
  List<Path> inputs;

  @Option(names = "--out", required = true, description = "hash list to write")
  Path out;

  @Option(names = "--min-clusters", defaultValue = "5", description = "clusters a sentence must appear in "
      + "(default: ${DEFAULT-VALUE})")
  int minClusters;

  @Override
  public Integer call() throws IOException {
    if (minClusters < 2) {
      throw new Main.UsageError("--min-clusters must be at least 2, got " + minClusters);
    }
    Map<Long, Integer> clustersOf = new HashMap<>();
    int clusters = 0;
    for (Path in : inputs) {
      try (BufferedReader r = JsonLines.open(in)) {
        for (String line; (line = r.readLine()) != null; ) {
          JsonNode n;
          try {
            n = JsonLines.JSON.readTree(line);
          } catch (IOException e) {
            continue;
          }
          if (n == null || !n.has("documents")) {
            continue;
          }
          clusters++;
          Set<Long> seen = new HashSet<>();
          for (JsonNode d : n.get("documents")) {
            for (String s : BoilerplateSentences.sentences(d.asText(""))) {
              String k = BoilerplateSentences.key(s);
              if (k != null) {
                seen.add(BoilerplateSentences.hash(k));
              }
            }
          }
          seen.forEach(h -> clustersOf.merge(h, 1, Integer::sum));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Platform boilerplate: FNV-1a 64-bit hashes of normalized sentences (see BoilerplateSentences).");
    lines.add("# Learned by: dossier learn-boilerplate --min-clusters " + minClusters + " --in "
        + String.join(" ", inputs.stream().map(p -> p.getFileName().toString()).toList()));
    lines.add("# From " + clusters + " clusters on " + LocalDate.now() + ". Hashes only; no text of the data.");
    List<Long> chosen = new ArrayList<>();
    clustersOf.forEach((h, c) -> {
      if (c >= minClusters) {
        chosen.add(h);
      }
    });
    chosen.sort(Long::compareUnsigned);
    chosen.forEach(h -> lines.add(String.format("%016x", h)));
    OutputFile.write(out, String.join("\n", lines) + "\n");
    System.err.printf("%d clusters read; %d boilerplate sentences written to %s%n", clusters, chosen.size(), out);
    return 0;
  }
}
