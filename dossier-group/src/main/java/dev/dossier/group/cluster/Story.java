package dev.dossier.group.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story as the clusterer keeps it: the sum of its articles' unit vectors (pruned to its strongest
 * terms), its size, its date span, its articles' ids, and the vectors of its recent articles, which
 * {@link StoryMerger} weighs again with the stream's later document frequencies. The vectors of
 * older articles are folded into {@link #frozen} so memory stays bounded on a long stream.
 */
final class Story {
  final String id;

  /** Order of creation: on a merge the older story keeps its id, which readers may have kept. */
  final long ordinal;

  final Map<Long, Double> sum = new HashMap<>();
  final Map<Long, Double> frozen = new HashMap<>();
  final List<String> articles = new ArrayList<>();

  /** The vectors of its recent articles, by article id. */
  final Map<String, TermVector> recent = new java.util.LinkedHashMap<>();

  int size;

  /** Terms of its articles' vectors, summed: their mean tells short texts from long ones. */
  long terms;

  LocalDate first;
  LocalDate last;

  Story(String id, long ordinal) {
    this.id = id;
    this.ordinal = ordinal;
  }

  /**
   * Group-average similarity: the mean cosine of the article to the story's articles, which is its
   * dot product with the sum of their unit vectors divided by their number. Not the cosine to the
   * centroid: that divides by the sum's length, which grows only as the square root of the size for
   * varied articles, so big stories drew in anything loosely related (measured on Multi-News
   * training clusters: pairwise precision 0.58).
   */
  double similarity(TermVector v) {
    return size == 0 ? 0 : v.dot(sum) / size;
  }

  /** Average link between two stories: the mean cosine over all pairs of their articles. */
  double similarity(Story other) {
    if (size == 0 || other.size == 0) {
      return 0;
    }
    Map<Long, Double> small = sum.size() <= other.sum.size() ? sum : other.sum;
    Map<Long, Double> large = small == sum ? other.sum : sum;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double c = large.get(e.getKey());
      if (c != null) {
        dot += e.getValue() * c;
      }
    }
    return dot / ((double) size * other.size);
  }

  void widen(LocalDate d) {
    if (d != null) {
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
  }

  /** Days between the date and the story's span (0 inside it), or -1 when either is unknown. */
  long daysOutside(LocalDate d) {
    if (d == null || first == null) {
      return -1;
    }
    if (d.isBefore(first)) {
      return first.toEpochDay() - d.toEpochDay();
    }
    return d.isAfter(last) ? d.toEpochDay() - last.toEpochDay() : 0;
  }

  /** Days between the two stories' spans (0 if they overlap), or -1 when either is undated. */
  long daysApart(Story other) {
    if (first == null || other.first == null) {
      return -1;
    }
    long gap =
        Math.max(
            first.toEpochDay() - other.last.toEpochDay(),
            other.first.toEpochDay() - last.toEpochDay());
    return Math.max(0, gap);
  }

  /** Keeps the strongest terms of a map: stories stay compact however many articles join. */
  static void prune(Map<Long, Double> m, int keep) {
    if (m.size() <= keep) {
      return;
    }
    List<Map.Entry<Long, Double>> all = new ArrayList<>(m.entrySet());
    all.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    m.clear();
    for (var e : all.subList(0, keep)) {
      m.put(e.getKey(), e.getValue());
    }
  }
}
