package dev.dossier.group.dedup;

import dev.dossier.group.TextFeatures;
import java.util.List;

/**
 * MinHash signatures of word 3-shingles (robust to scattered edits: most 3-word windows survive a
 * copy editor's changes, while two outlets' own reports share almost none) (Broder 1997): the share
 * of equal signature slots estimates the Jaccard similarity of two texts' shingle sets. Pure
 * arithmetic over 64-bit hashes, no allocation per shingle beyond the token list.
 */
public final class MinHasher {
  public static final int SHINGLE = 3;
  private final long[] seeds;

  public MinHasher(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be positive: " + permutations);
    }
    seeds = new long[permutations];
    long s = seed;
    for (int i = 0; i < permutations; i++) {
      s = mix(s + 0x9e3779b97f4a7c15L);
      seeds[i] = s;
    }
  }

  public int size() {
    return seeds.length;
  }

  /**
   * The signature of a text; texts with fewer words than a shingle use their whole word sequence.
   */
  public long[] signature(String text) {
    return signature(TextFeatures.words(text));
  }

  /** The signature of a text already split into {@link TextFeatures#words}. */
  public long[] signature(List<TextFeatures.Word> words) {
    long[] tokenHash = new long[words.size()];
    for (int i = 0; i < tokenHash.length; i++) {
      tokenHash[i] = TextFeatures.hash(words.get(i).text());
    }
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, tokenHash.length - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0;
      for (int k = i; k < Math.min(tokenHash.length, i + SHINGLE); k++) {
        h = h * 31 + tokenHash[k];
      }
      for (int p = 0; p < seeds.length; p++) {
        long v = mix(h ^ seeds[p]);
        if (v < sig[p]) {
          sig[p] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity: the share of equal slots. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  /** SplitMix64 finalizer: a strong 64-bit mixing function. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
