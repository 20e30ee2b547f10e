package dev.dossier.cli;

import dev.dossier.eval.clustering.ClusteringMetrics;
import dev.dossier.eval.data.ClusterDataset;
import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.cluster.Assignment;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.DebrisCleaner;
import dev.dossier.ingest.Paragraphs;
import dev.dossier.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier eval-clustering}: takes labelled clusters, shuffles all their documents into one stream,
 * clusters the stream and scores the result against the labels.
 */
@Command(name = "eval-clustering", mixinStandardHelpOptions = true,
    description = "Shuffle the documents of labelled clusters into one stream, cluster it, and report pairwise and "
        + "B-cubed precision/recall/F1 and documents per second.")
final class EvalClusteringCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "clusters JSONL(.gz): {\"id\", \"documents\": [...]}")
  Path in;

  @Option(names = "--limit", defaultValue = "2000", description = "clusters to use (default: ${DEFAULT-VALUE}; 0: all)")
  int limit;

  @Option(names = "--seed", defaultValue = "7", description = "shuffle seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threshold", description = "similarity to join a story (default: the tuned one)")
  Double threshold;

  @Option(names = "--kept-only", description = "use only the documents the data marks as on topic "
      + "(Multi-News+ mnplus_kept_documents); Multi-News assigns some unrelated pages to clusters")
  boolean keptOnly;

  @Option(names = "--doc-terms", description = "terms per article vector (default: the tuned one)")
  Integer docTerms;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(in)) {
      throw new Main.UserError("no such file: " + in);
    }
    List<EvalCluster> clusters = ClusterDataset.read(in, limit, false, w -> System.err.println("warning: " + w));
    if (clusters.isEmpty()) {
      throw new Main.UserError("no clusters in " + in + ": each line needs {\"id\", \"documents\": [...]}");
    }
    record Doc(String id, String gold, String text) {}
    List<Doc> docs = new ArrayList<>();
    DebrisCleaner cleaner = new DebrisCleaner();
    for (EvalCluster c : clusters) {
      for (int i = 0; i < c.documents().size(); i++) {
        if (c.documents().get(i).isBlank() || (keptOnly && !c.kept().contains(i))) {
          continue;
        }
        String id = c.id() + "#" + (i + 1);
        String text = cleaner.clean(List.of(new Article(id, null, null, null, null, null,
            Paragraphs.normalize(c.documents().get(i))))).get(0).text();
        docs.add(new Doc(id, c.id(), text));
      }
    }
    Collections.shuffle(docs, new Random(seed));
    ClustererOptions base = ClustererOptions.defaults();
    ClustererOptions options = new ClustererOptions(threshold == null ? base.threshold() : threshold,
        docTerms == null ? base.docTerms() : docTerms, Math.max(base.centroidTerms(), docTerms == null ? 0 : docTerms * 3),
        base.windowDays());
    StoryClusterer clusterer = new StoryClusterer(options);
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    long t0 = System.nanoTime();
    int empty = 0;
    for (Doc d : docs) {
      gold.add(d.gold());
      if (d.text().isBlank()) {
        predicted.add("empty:" + d.id()); // nothing to cluster on: a story of its own
        empty++;
        continue;
      }
      Assignment a = clusterer.add(d.id(), d.text(), null);
      predicted.add(a.story());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    ClusteringMetrics m = ClusteringMetrics.of(gold, predicted);
    List<String> goldKept = new ArrayList<>();
    List<String> predKept = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if (!docs.get(i).text().isBlank()) {
        goldKept.add(gold.get(i));
        predKept.add(predicted.get(i));
      }
    }
    ClusteringMetrics kept = ClusteringMetrics.of(goldKept, predKept);
    // What a perfect clusterer could score here: every document with text left in its gold story, the
    // emptied ones alone (they carry nothing to group on). A target above this cannot be met on this data.
    List<String> perfect = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      perfect.add(docs.get(i).text().isBlank() ? "empty:" + docs.get(i).id() : gold.get(i));
    }
    ClusteringMetrics ceiling = ClusteringMetrics.of(gold, perfect);
    System.out.printf(Locale.ROOT, "%d clusters, %d documents%s (%d empty after cleaning), threshold %.2f, shuffled with "
        + "seed %d%n", clusters.size(), docs.size(), keptOnly ? " kept as on topic" : "", empty, options.threshold(), seed);
    System.out.printf(Locale.ROOT, "pairwise  P %.4f  R %.4f  F1 %.4f%n", m.pairwisePrecision(), m.pairwiseRecall(),
        m.pairwiseF1());
    System.out.printf(Locale.ROOT, "B-cubed   P %.4f  R %.4f  F1 %.4f%n", m.bcubedPrecision(), m.bcubedRecall(),
        m.bcubedF1());
    System.out.printf(Locale.ROOT, "without the %d documents that cleaning emptied (platform boilerplate): pairwise F1 "
        + "%.4f (P %.4f R %.4f), B-cubed F1 %.4f%n", empty, kept.pairwiseF1(), kept.pairwisePrecision(),
        kept.pairwiseRecall(), kept.bcubedF1());
    System.out.printf(Locale.ROOT, "ceiling (every document with text left in its right story): pairwise F1 %.4f "
        + "(R %.4f), B-cubed F1 %.4f%n", ceiling.pairwiseF1(), ceiling.pairwiseRecall(), ceiling.bcubedF1());
    System.out.printf(Locale.ROOT, "gold clusters %d, predicted %d; clustering %.1f s (%.0f docs/s, one thread)%n",
        m.goldClusters(), m.predictedClusters(), secs, docs.size() / Math.max(secs, 1e-9));
    return 0;
  }
}
