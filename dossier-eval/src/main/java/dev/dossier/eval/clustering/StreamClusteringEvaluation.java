package dev.dossier.eval.clustering;

import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.DebrisCleaner;
import dev.dossier.ingest.Paragraphs;
import dev.dossier.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Story clustering measured on labelled clusters: every document of every cluster, cleaned as
 * ingest cleans it, goes into one shuffled stream; the online clusterer groups the stream; the
 * grouping is scored against the clusters. Documents that cleaning empties are kept in the score as
 * stories of their own, and a ceiling says what a perfect clusterer could reach with them.
 */
public final class StreamClusteringEvaluation {
  /**
   * @param withText the scores over documents with text left after cleaning only
   * @param ceiling the scores of a perfect grouping of every document with text left (emptied ones
   *     alone)
   */
  public record Report(
      int clusters,
      int documents,
      int emptied,
      ClusteringMetrics all,
      ClusteringMetrics withText,
      ClusteringMetrics ceiling,
      double seconds) {}

  private record Doc(String id, String gold, String text) {}

  private StreamClusteringEvaluation() {}

  /**
   * @param keptOnly only the documents the data marks as on topic ({@link EvalCluster#kept()})
   * @param seed the shuffle's seed
   */
  public static Report run(
      List<EvalCluster> clusters, boolean keptOnly, long seed, ClustererOptions options) {
    List<Doc> docs = new ArrayList<>();
    DebrisCleaner cleaner = new DebrisCleaner();
    for (EvalCluster c : clusters) {
      for (int i = 0; i < c.documents().size(); i++) {
        if (c.documents().get(i).isBlank() || (keptOnly && !c.kept().contains(i))) {
          continue;
        }
        String id = c.id() + "#" + (i + 1);
        String text =
            cleaner
                .clean(
                    List.of(
                        new Article(
                            id,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Paragraphs.normalize(c.documents().get(i)))))
                .get(0)
                .text();
        docs.add(new Doc(id, c.id(), text));
      }
    }
    Collections.shuffle(docs, new Random(seed));
    StoryClusterer clusterer = new StoryClusterer(options);
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    List<String> perfect = new ArrayList<>();
    List<String> goldWithText = new ArrayList<>();
    List<String> predictedWithText = new ArrayList<>();
    int emptied = 0;
    long t0 = System.nanoTime();
    for (Doc d : docs) {
      gold.add(d.gold());
      if (d.text().isBlank()) {
        predicted.add("empty:" + d.id()); // nothing to cluster on: a story of its own
        perfect.add("empty:" + d.id());
        emptied++;
        continue;
      }
      String story = clusterer.add(d.id(), d.text(), null).story();
      predicted.add(story);
      perfect.add(d.gold());
      goldWithText.add(d.gold());
      predictedWithText.add(story);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Report(
        clusters.size(),
        docs.size(),
        emptied,
        ClusteringMetrics.of(gold, predicted),
        ClusteringMetrics.of(goldWithText, predictedWithText),
        ClusteringMetrics.of(gold, perfect),
        seconds);
  }
}
