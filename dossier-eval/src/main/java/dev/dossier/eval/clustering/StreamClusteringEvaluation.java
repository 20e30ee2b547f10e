package dev.dossier.eval.clustering;

import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.cluster.ClusterText;
import dev.dossier.group.cluster.ClustererOptions;
import dev.dossier.group.cluster.StoryClusterer;
import dev.dossier.ingest.DebrisCleaner;
import dev.dossier.ingest.Paragraphs;
import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Story clustering measured on a labelled stream: every document, cleaned as ingest cleans it and
 * with its headline where it has one (as {@link ClusterText} gives it to the clusterer), goes into
 * one stream; the online clusterer groups it; the grouping is scored against the gold stories.
 * Undated documents arrive in shuffled order; with dates, dated documents arrive in the order of
 * their dates (as a real feed delivers them), on shuffled positions among the undated ones. The
 * merge pass runs as often as ingest runs it, and once at the end. Documents that cleaning empties
 * are kept in the score as stories of their own, and a ceiling says what a perfect clusterer could
 * reach with them.
 */
public final class StreamClusteringEvaluation {
  /**
   * @param withText the scores over documents with text left after cleaning only
   * @param ceiling the scores of a perfect grouping of every document with text left (emptied ones
   *     alone)
   * @param dated documents that reached the clusterer with a publication date
   * @param parts the scores over each part of a mixed stream alone (its documents, grouped as in
   *     the whole stream), when there are several
   */
  public record Report(
      int clusters,
      int documents,
      int emptied,
      int dated,
      ClusteringMetrics all,
      ClusteringMetrics withText,
      ClusteringMetrics ceiling,
      Map<String, ClusteringMetrics> parts,
      double seconds) {
    public double docsPerSecond() {
      return documents / Math.max(seconds, 1e-9);
    }
  }

  private record Cleaned(StreamDocument doc, Article article) {}

  private StreamClusteringEvaluation() {}

  /**
   * @param keptOnly only the documents the data marks as on topic ({@link EvalCluster#kept()})
   * @param seed the shuffle's seed
   */
  public static Report runClusters(
      List<EvalCluster> clusters, boolean keptOnly, long seed, ClustererOptions options) {
    return run(StreamCorpus.fromClusters(clusters, keptOnly), true, seed, options);
  }

  /**
   * @param useDates false to withhold every publication date from the clusterer
   * @param seed the shuffle's seed
   */
  public static Report run(
      List<StreamDocument> documents, boolean useDates, long seed, ClustererOptions options) {
    List<Cleaned> stream = order(clean(documents, useDates), seed);
    StoryClusterer clusterer = new StoryClusterer(options);
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    List<String> perfect = new ArrayList<>();
    List<String> goldWithText = new ArrayList<>();
    List<String> predictedWithText = new ArrayList<>();
    int emptied = 0;
    int dated = 0;
    int added = 0;
    long t0 = System.nanoTime();
    for (Cleaned c : stream) {
      StreamDocument d = c.doc();
      gold.add(d.gold());
      if (c.article().text().isBlank()) {
        predicted.add("empty:" + d.id()); // nothing to cluster on: a story of its own
        perfect.add("empty:" + d.id());
        emptied++;
        continue;
      }
      dated += c.article().published() == null ? 0 : 1;
      String story =
          clusterer.add(d.id(), ClusterText.of(c.article()), c.article().published()).story();
      predicted.add(story);
      perfect.add(d.gold());
      goldWithText.add(d.gold());
      predictedWithText.add(story);
      if (++added % StoryClusterer.CONSOLIDATE_EVERY == 0) {
        clusterer.consolidate(); // as ingest does
      }
    }
    clusterer.consolidate();
    for (int i = 0, k = 0; i < stream.size(); i++) {
      if (!predicted.get(i).startsWith("empty:")) {
        String now = clusterer.storyOf(stream.get(i).doc().id());
        predicted.set(i, now);
        predictedWithText.set(k++, now);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, ClusteringMetrics> parts = new LinkedHashMap<>();
    for (String part : stream.stream().map(c -> c.doc().part()).distinct().toList()) {
      if (part == null) {
        continue;
      }
      List<String> g = new ArrayList<>();
      List<String> p = new ArrayList<>();
      for (int i = 0; i < stream.size(); i++) {
        if (part.equals(stream.get(i).doc().part())) {
          g.add(gold.get(i));
          p.add(predicted.get(i));
        }
      }
      parts.put(part, ClusteringMetrics.of(g, p));
    }
    if (parts.size() < 2) {
      parts.clear();
    }
    return new Report(
        (int) documents.stream().map(StreamDocument::gold).distinct().count(),
        documents.size(),
        emptied,
        dated,
        ClusteringMetrics.of(gold, predicted),
        ClusteringMetrics.of(goldWithText, predictedWithText),
        ClusteringMetrics.of(gold, perfect),
        parts,
        seconds);
  }

  /**
   * Quality and speed as the stream grows: for each size, whole stories (in a fixed shuffled order)
   * until that many documents, clustered from scratch.
   */
  public static List<Report> scaling(
      List<StreamDocument> documents,
      List<Integer> sizes,
      boolean useDates,
      long seed,
      ClustererOptions options,
      java.util.function.Consumer<Report> each) {
    Map<String, List<StreamDocument>> byStory = new LinkedHashMap<>();
    documents.forEach(d -> byStory.computeIfAbsent(d.gold(), k -> new ArrayList<>()).add(d));
    List<List<StreamDocument>> stories = new ArrayList<>(byStory.values());
    Collections.shuffle(stories, new Random(seed));
    List<Report> out = new ArrayList<>();
    for (int size : sizes) {
      List<StreamDocument> part = new ArrayList<>();
      for (List<StreamDocument> s : stories) {
        if (part.size() >= size) {
          break;
        }
        part.addAll(s);
      }
      Report r = run(part, useDates, seed, options);
      out.add(r);
      each.accept(r);
      if (part.size() >= documents.size()) {
        break; // the data holds no more
      }
    }
    return out;
  }

  private static List<Cleaned> clean(List<StreamDocument> documents, boolean useDates) {
    DebrisCleaner cleaner = new DebrisCleaner();
    List<Cleaned> out = new ArrayList<>(documents.size());
    for (StreamDocument d : documents) {
      Article raw =
          new Article(
              d.id(),
              d.title(),
              null,
              null,
              useDates ? d.published() : null,
              null,
              Paragraphs.normalize(d.text()));
      out.add(new Cleaned(d, cleaner.clean(List.of(raw)).get(0)));
    }
    return out;
  }

  /** Shuffled; then the dated documents, in date order, fill the positions dated ones drew. */
  private static List<Cleaned> order(List<Cleaned> docs, long seed) {
    List<Cleaned> out = new ArrayList<>(docs);
    Collections.shuffle(out, new Random(seed));
    List<Integer> slots = new ArrayList<>();
    List<Cleaned> dated = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).article().published() != null) {
        slots.add(i);
        dated.add(out.get(i));
      }
    }
    dated.sort(Comparator.comparing((Cleaned c) -> c.article().published(), LocalDate::compareTo));
    for (int i = 0; i < slots.size(); i++) {
      out.set(slots.get(i), dated.get(i));
    }
    return out;
  }
}
