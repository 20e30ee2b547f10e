package dev.dossier.group.dedup;

import dev.dossier.group.TextFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds syndicated and lightly edited copies: locality-sensitive hashing over MinHash signatures
 * (bands of rows; texts sharing a band are candidates), then the estimated Jaccard similarity
 * decides. A copy is linked to the first article seen with that text, never thrown away. Not
 * thread-safe: one writer.
 */
public final class NearDuplicateIndex {
  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<long[]> signatures = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();

  /**
   * The root original of each indexed text (itself when it is no copy): a copy of a copy links to
   * the root.
   */
  private final List<String> roots = new ArrayList<>();

  /**
   * @param threshold estimated Jaccard similarity of shingle sets from which a text is a copy
   */
  public NearDuplicateIndex(int bands, int rows, double threshold) {
    if (bands < 1 || rows < 1 || threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException(
          "bad LSH parameters: " + bands + "x" + rows + ", " + threshold);
    }
    this.hasher = new MinHasher(bands * rows, 42);
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
  }

  /**
   * 42 bands of 3 rows: a pair at Jaccard 0.5 is a candidate with probability 0.996, at 0.1 with
   * 0.04.
   */
  public static NearDuplicateIndex defaults() {
    return new NearDuplicateIndex(42, 3, 0.5);
  }

  public long[] signature(String text) {
    return hasher.signature(text);
  }

  public long[] signature(List<TextFeatures.Word> words) {
    return hasher.signature(words);
  }

  /** The id of the article this text copies, or null; then adds the text under {@code id}. */
  public String addAndFindOriginal(String id, long[] sig) {
    String original = null;
    double best = threshold;
    long[] keys = bandKeys(sig);
    for (long k : keys) {
      for (int other : buckets.getOrDefault(k, List.of())) {
        double sim = MinHasher.similarity(sig, signatures.get(other));
        if (sim >= best) {
          best = sim;
          original = roots.get(other);
        }
      }
    }
    int index = signatures.size();
    signatures.add(sig);
    ids.add(id);
    roots.add(original == null ? id : original);
    for (long k : keys) {
      buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(index);
    }
    return original;
  }

  public int size() {
    return signatures.size();
  }

  /** Writes the indexed texts (signatures, ids, roots); buckets are rebuilt on reading. */
  public void writeTo(java.io.DataOutput out) throws java.io.IOException {
    out.writeInt(bands);
    out.writeInt(rows);
    out.writeDouble(threshold);
    out.writeInt(signatures.size());
    for (int i = 0; i < signatures.size(); i++) {
      out.writeUTF(ids.get(i));
      out.writeUTF(roots.get(i));
      for (long v : signatures.get(i)) {
        out.writeLong(v);
      }
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  public static NearDuplicateIndex readFrom(java.io.DataInput in) throws java.io.IOException {
    NearDuplicateIndex index = new NearDuplicateIndex(in.readInt(), in.readInt(), in.readDouble());
    int n = in.readInt();
    int length = index.bands * index.rows;
    for (int i = 0; i < n; i++) {
      String id = in.readUTF();
      String root = in.readUTF();
      long[] sig = new long[length];
      for (int k = 0; k < length; k++) {
        sig[k] = in.readLong();
      }
      index.signatures.add(sig);
      index.ids.add(id);
      index.roots.add(root);
      for (long key : index.bandKeys(sig)) {
        index.buckets.computeIfAbsent(key, x -> new ArrayList<>(2)).add(i);
      }
    }
    return index;
  }

  private long[] bandKeys(long[] sig) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long k = b;
      for (int r = 0; r < rows; r++) {
        k = k * 0x100000001b3L + sig[b * rows + r];
      }
      keys[b] = k;
    }
    return keys;
  }
}
