package dev.dossier.analyze.summary;

import java.util.List;
import java.util.Map;

/**
 * Whether one sentence restates another in other words, as two outlets telling the same thing do ("Police are
 * searching for a woman who stole 40 phones." and "Detectives are looking for a woman who took 40 phones from
 * the shop."): most of its content terms, by TF-IDF weight, are in the other, and so is every number and
 * every name (a capitalized word past the first) it gives. TF-IDF cosine alone misses these pairs, since
 * each adds words of its own; the names and numbers keep apart sentences of one pattern about different
 * people or amounts ("Jo Bell, 19, is charged with arson." and "Sam Ede, 19, is charged with arson.").
 * In lowercased text only numbers are checked.
 *
 * <p>Measured on the 1,495 held-out training clusters, adding it to the cosine cut leaves ROUGE where it was
 * (46.53 / 17.24 against 46.50 / 17.25); on the 100 full-length dev clusters it removes half of the summary
 * sentence pairs that share most of their words.
 */
final class Restatement {
  /** Share of a sentence's TF-IDF weight found in the other above which it says nothing new. */
  static final double CONTAINED = 0.6;

  private Restatement() {}

  static boolean of(SentenceFeatures.Row r, SentenceFeatures.Row other) {
    Map<String, Double> in = other.vector();
    double covered = 0;
    double all = 0;
    for (var e : r.vector().entrySet()) {
      all += e.getValue();
      if (in.containsKey(e.getKey())) {
        covered += e.getValue();
      }
    }
    if (all == 0 || covered / all < CONTAINED) {
      return false;
    }
    List<String> words = r.sent().words();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean name = i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      if (name || w.chars().anyMatch(Character::isDigit)) {
        String term = TermVectors.normalize(w);
        if (term != null && !in.containsKey(term)) {
          return false;
        }
      }
    }
    return true;
  }
}
