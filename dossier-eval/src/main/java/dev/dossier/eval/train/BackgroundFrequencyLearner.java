package dev.dossier.eval.train;

import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.TextFeatures;
import dev.dossier.group.cluster.BackgroundFrequencies;
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
 * Counts in how many news documents each word occurs, for the clusterer's background document
 * frequencies ({@link BackgroundFrequencies}): words as the clusterer reads them, hashed; words in
 * fewer than {@code minDocs} documents left out (the clusterer treats an unknown word as rare). The
 * result is hashes and counts only, with a provenance header; no text of the data.
 */
public record BackgroundFrequencyLearner(List<Path> inputs, int minDocs) {
  public BackgroundFrequencyLearner {
    inputs = List.copyOf(inputs);
    if (minDocs < 1) {
      throw new IllegalArgumentException("minDocs must be at least 1: " + minDocs);
    }
  }

  /** The file's lines, header first. */
  public List<String> learn() throws IOException {
    Map<Long, Integer> df = new HashMap<>();
    int docs = 0;
    for (Path in : inputs) {
      for (EvalCluster c : ClusterDataset.read(in, 0, false, w -> {})) {
        for (String d : c.documents()) {
          if (d.isBlank()) {
            continue;
          }
          docs++;
          Set<Long> seen = new HashSet<>();
          TextFeatures.words(d).forEach(w -> seen.add(TextFeatures.hash(w.text())));
          seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Background document frequencies for story clustering: FNV-1a 64-bit hashes of words "
            + "as TextFeatures reads them, and the number of documents each occurs in.");
    lines.add(
        "# Learned by: dossier learn-frequencies --min-docs "
            + minDocs
            + " --in "
            + String.join(" ", inputs.stream().map(p -> p.getFileName().toString()).toList())
            + " on "
            + LocalDate.now()
            + ". Hashes and counts only; no text of the data.");
    lines.add(
        "# Data licence: Multi-News (Fabbri et al. 2019), LILY LAB Dataset Usage Agreement, "
            + "non-commercial research and education only.");
    lines.add("docs " + docs);
    List<Long> terms = new ArrayList<>();
    df.forEach(
        (t, n) -> {
          if (n >= minDocs) {
            terms.add(t);
          }
        });
    terms.sort(Long::compareUnsigned);
    terms.forEach(t -> lines.add(String.format("%016x %d", t, df.get(t))));
    return lines;
  }
}
