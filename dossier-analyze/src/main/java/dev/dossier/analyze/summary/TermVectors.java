package dev.dossier.analyze.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of sentences over content words, with IDF from the story's own sentences. Sparse
 * maps are enough: a story has a few hundred sentences.
 */
public final class TermVectors {
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
          "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
          "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their",
          "our", "my", "your", "him", "them", "us", "me", "has", "have", "had", "do", "does", "did",
          "not", "no", "so", "if", "than", "then", "there", "which", "who", "whom", "what", "when",
          "where", "why", "how", "will", "would", "can", "could", "should", "may", "might", "must",
          "also", "said", "says", "say", "about", "into", "over", "after", "before", "up", "out",
          "more", "most", "all", "any", "some", "such", "only", "just", "s", "'s", "’s", "n't",
          "mr", "ms", "mrs");

  private TermVectors() {}

  /**
   * Content terms of a sentence: lowercased, stop words and punctuation dropped, plural "s" folded.
   */
  public static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> tf = new HashMap<>();
    for (String w : words) {
      String t = normalize(w);
      if (t != null) {
        tf.merge(t, 1, Integer::sum);
      }
    }
    return tf;
  }

  public static String normalize(String w) {
    String t = w.toLowerCase(java.util.Locale.ROOT);
    if (t.isEmpty() || STOP.contains(t) || !Character.isLetterOrDigit(t.charAt(0))) {
      return null;
    }
    if (t.length() > 4 && t.endsWith("s") && !t.endsWith("ss")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  public static Map<String, Double> tfidf(Map<String, Integer> tf, Map<String, Double> idf) {
    Map<String, Double> v = new HashMap<>();
    tf.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf.getOrDefault(t, 1.0)));
    return v;
  }

  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  public static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
