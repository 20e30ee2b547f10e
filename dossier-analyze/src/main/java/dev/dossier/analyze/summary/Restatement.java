package dev.dossier.analyze.summary;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether one sentence restates another in other words, as two outlets telling the same thing do
 * ("Police are searching for a woman who stole 40 phones." and "Detectives are looking for a woman
 * who took 40 phones from the shop."): most of its content terms, by TF-IDF weight, are in the
 * other, and so is every number and every name (a capitalized word past the first) it gives. TF-IDF
 * cosine alone misses these pairs, since each adds words of its own; the names and numbers keep
 * apart sentences of one pattern about different people or amounts ("Jo Bell, 19, is charged with
 * arson." and "Sam Ede, 19, is charged with arson."). One name may be missing where at least three
 * others, or numbers, are shared: outlets name a place at different scales ("Harbour police" and
 * "Port Ellis police"). In lowercased text only numbers are checked.
 *
 * <p>Measured on the 1,495 held-out training clusters, adding it to the cosine cut leaves ROUGE
 * where it was (46.53 / 17.24 against 46.50 / 17.25); on the 100 full-length dev clusters it
 * removes half of the summary sentence pairs that share most of their words.
 */
final class Restatement {
  /** Share of a sentence's TF-IDF weight found in the other above which it says nothing new. */
  static final double CONTAINED = 0.6;

  /**
   * Names and numbers found in the other that let one missing name pass as a wording difference.
   */
  static final int ANCHORS = 3;

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
    Set<String> otherNumbers = NumberValues.of(other.sent().words());
    int anchors = 0;
    int missing = 0;
    boolean missingNumber = false;
    boolean missingBesideName = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean number = NumberValues.isNumber(w);
      if (!number && !isName(words, i)) {
        continue;
      }
      // A number is compared by value ("$40,000" is "40,000"), a name by its term.
      String term = number ? NumberValues.value(w) : TermVectors.normalize(w);
      if (term == null || term.isEmpty()) {
        continue;
      }
      if (number ? otherNumbers.contains(term) : in.containsKey(term)) {
        anchors++;
      } else {
        missing++;
        missingNumber |= number;
        missingBesideName |= capitalized(words, i - 1) || capitalized(words, i + 1);
      }
    }
    // One missing name is a wording difference ("Virginia" for "Fairfax County") when the sentence
    // is otherwise
    // pinned to the other by names and numbers; a missing number, or a part of a name whose other
    // part is
    // there ("Jo Ede" against "Jo Bell"), makes it another statement.
    return missing == 0
        || missing == 1 && !missingNumber && !missingBesideName && anchors >= ANCHORS;
  }

  /** A capitalized word past the first: in cased text, part of a name. */
  private static boolean isName(List<String> words, int i) {
    return i > 0 && capitalized(words, i);
  }

  /**
   * Capitalized, the first word too: beside a missing name, it makes that name part of a longer
   * one.
   */
  private static boolean capitalized(List<String> words, int i) {
    return i >= 0
        && i < words.size()
        && !words.get(i).isEmpty()
        && Character.isUpperCase(words.get(i).charAt(0));
  }
}
