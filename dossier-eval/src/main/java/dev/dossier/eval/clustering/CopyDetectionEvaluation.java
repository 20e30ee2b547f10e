package dev.dossier.eval.clustering;

import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.dedup.NearDuplicateIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A constructed near-duplicate test. From each cluster's first document (of 60 words or more) it
 * makes a lightly edited copy (some words dropped or replaced, other boilerplate around it: what
 * syndication does), and it keeps the cluster's other documents as non-copies (the same story by
 * another outlet). All go into one shuffled stream after the originals; the detector must link
 * copies, and only copies, to their original.
 */
public final class CopyDetectionEvaluation {
  /** Fictional boilerplate put around copies, as outlets wrap syndicated text in their own. */
  private static final List<String> WRAPPERS =
      List.of(
          "Share this article with your friends.",
          "This story was first published by our partner newsroom.",
          "Sign up for the morning briefing.",
          "Copyright the wire service, all rights reserved.");

  private static final int MIN_WORDS = 60;

  public record Report(
      int originals, int copies, int others, int flagged, int right, double seconds) {
    public int documents() {
      return originals + copies + others;
    }

    public double precision() {
      return flagged == 0 ? 1.0 : right / (double) flagged;
    }

    public double recall() {
      return right / (double) Math.max(1, copies);
    }
  }

  private record Item(String id, String text, String copyOf) {}

  private CopyDetectionEvaluation() {}

  public static Report run(List<EvalCluster> clusters, long seed) {
    Random rnd = new Random(seed);
    List<Item> originals = new ArrayList<>();
    List<Item> probes = new ArrayList<>();
    for (EvalCluster c : clusters) {
      List<String> docs =
          c.documents().stream().filter(d -> d.split("\\s+").length >= MIN_WORDS).toList();
      if (docs.isEmpty()) {
        continue;
      }
      String id = c.id() + "#1";
      originals.add(new Item(id, docs.get(0), null));
      probes.add(new Item(c.id() + "#copy", edit(docs.get(0), rnd), id));
      for (int i = 1; i < docs.size(); i++) {
        probes.add(new Item(c.id() + "#" + (i + 1), docs.get(i), null));
      }
    }
    Collections.shuffle(probes, rnd);
    NearDuplicateIndex idx = NearDuplicateIndex.defaults();
    long t0 = System.nanoTime();
    // Signatures are independent of each other: computed on every core; the index takes them in
    // order.
    List<Item> stream = new ArrayList<>(originals);
    stream.addAll(probes);
    List<long[]> sigs = stream.parallelStream().map(i -> idx.signature(i.text())).toList();
    for (int i = 0; i < originals.size(); i++) {
      idx.addAndFindOriginal(originals.get(i).id(), sigs.get(i));
    }
    int flagged = 0;
    int right = 0;
    int copies = 0;
    for (int k = 0; k < probes.size(); k++) {
      Item p = probes.get(k);
      String found = idx.addAndFindOriginal(p.id(), sigs.get(originals.size() + k));
      copies += p.copyOf() != null ? 1 : 0;
      if (found != null) {
        flagged++;
        right += found.equals(p.copyOf()) ? 1 : 0;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Report(originals.size(), copies, probes.size() - copies, flagged, right, seconds);
  }

  /** Drops about 5% of the words, replaces about 2%, and wraps the text in other boilerplate. */
  static String edit(String text, Random rnd) {
    StringBuilder sb = new StringBuilder(WRAPPERS.get(rnd.nextInt(WRAPPERS.size()))).append("\n\n");
    for (String w : text.split("\\s+")) {
      double r = rnd.nextDouble();
      if (r < 0.05) {
        continue;
      }
      sb.append(r < 0.07 ? "indeed" : w).append(' ');
    }
    return sb.append("\n\n").append(WRAPPERS.get(rnd.nextInt(WRAPPERS.size()))).toString();
  }
}
