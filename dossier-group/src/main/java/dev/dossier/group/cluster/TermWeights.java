package dev.dossier.group.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies over the stream so far, and the weighting of an article's terms: (1 + ln tf)
 * · idf², idf = ln((N + 1) / df), N and df counting the {@link BackgroundFrequencies} too. The
 * square gives rare terms (the names and places of one story) the weight that tells stories apart
 * in long articles; with plain idf, the many shared common words of two unrelated long articles
 * outweighed them (on dev100 and DUC 2004 together, batch average-link reached pairwise F1 0.89 at
 * best with idf, 0.91 with idf²; docs/evaluation.md).
 */
final class TermWeights {
  private final Map<Long, Integer> df = new HashMap<>();
  private final BackgroundFrequencies background = BackgroundFrequencies.shipped();
  private int docs;
  private int lastFullReweigh;

  /** Counts one more article containing these (distinct) terms. */
  void count(long[] terms) {
    docs++;
    for (long t : terms) {
      df.merge(t, 1, Integer::sum);
    }
  }

  int docs() {
    return docs;
  }

  /** The stream's length when every story was last weighed again by the merge pass. */
  int lastFullReweigh() {
    return lastFullReweigh;
  }

  void fullReweighDone() {
    lastFullReweigh = docs;
  }

  /**
   * The unit vector of an article's raw counts, its {@code keep} heaviest terms only, heaviest
   * first.
   */
  TermVector weigh(long[] terms, float[] counts, int keep) {
    double[] rank = new double[terms.length];
    double[] w = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      int f = df.getOrDefault(terms[i], 1);
      double idf =
          Math.log((docs + background.docs() + 1.0) / (Math.max(f, 2) + background.df(terms[i])));
      rank[i] = (1 + Math.log(counts[i])) * idf * idf;
      // A term of this article alone matches nothing yet, so it weighs nothing; it is still kept,
      // ranked as if a second article had it, because a later article may.
      w[i] = f < 2 ? 0 : rank[i];
    }
    return TermVector.of(terms, counts, rank, w, keep);
  }

  void writeTo(DataOutput out) throws IOException {
    out.writeInt(docs);
    out.writeInt(lastFullReweigh);
    out.writeInt(df.size());
    for (var e : df.entrySet()) {
      out.writeLong(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  static TermWeights readFrom(DataInput in) throws IOException {
    TermWeights w = new TermWeights();
    w.docs = in.readInt();
    w.lastFullReweigh = in.readInt();
    for (int i = in.readInt(); i > 0; i--) {
      w.df.put(in.readLong(), in.readInt());
    }
    return w;
  }
}
