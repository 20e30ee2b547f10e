package dev.dossier.eval.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.engine.JsonLines;
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

/**
 * Learns platform boilerplate from clustered news: a sentence that occurs in at least {@code
 * minClusters} different clusters is boilerplate, since real reporting is not repeated under
 * unrelated stories. The result is hashes only ({@link BoilerplateSentences}), with a provenance
 * header; no text of the data.
 */
public record BoilerplateLearner(List<Path> inputs, int minClusters) {
  public BoilerplateLearner {
    inputs = List.copyOf(inputs);
    if (minClusters < 2) {
      throw new IllegalArgumentException("minClusters must be at least 2: " + minClusters);
    }
  }

  /**
   * The hash list's lines, header first; {@code clustersRead[0]} gets how many clusters were read.
   */
  public List<String> learn(int[] clustersRead) throws IOException {
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
    lines.add(
        "# Platform boilerplate: FNV-1a 64-bit hashes of normalized sentences (see BoilerplateSentences).");
    lines.add(
        "# Learned by: dossier learn-boilerplate --min-clusters "
            + minClusters
            + " --in "
            + String.join(" ", inputs.stream().map(p -> p.getFileName().toString()).toList()));
    lines.add(
        "# From "
            + clusters
            + " clusters on "
            + LocalDate.now()
            + ". Hashes only; no text of the data.");
    List<Long> chosen = new ArrayList<>();
    clustersOf.forEach(
        (h, c) -> {
          if (c >= minClusters) {
            chosen.add(h);
          }
        });
    chosen.sort(Long::compareUnsigned);
    chosen.forEach(h -> lines.add(String.format("%016x", h)));
    clustersRead[0] = clusters;
    return lines;
  }
}
