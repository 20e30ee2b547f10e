package dev.dossier.analyze.summary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The numbers a sentence gives, read one way for every test of whether two sentences say the same
 * thing ({@link Restatement}, {@link Paraphrases}): each word holding a digit, reduced to its
 * digits and decimal point, so "$40,000", "40,000" and "40000" agree while "$100,000" does not. Two
 * sentences that differ in a number report different things however alike their words are.
 */
final class NumberValues {
  /** What is not part of a number's value: currency signs, thousands separators, units glued on. */
  private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9.]");

  private NumberValues() {}

  static boolean isNumber(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  /**
   * The value of a word that {@link #isNumber holds a digit}; a full stop after it ("in 1990.") is
   * not a point.
   */
  static String value(String word) {
    String digits = NOT_DIGITS.matcher(word).replaceAll("");
    int from = 0;
    int to = digits.length();
    while (from < to && digits.charAt(from) == '.') {
      from++;
    }
    while (to > from && digits.charAt(to - 1) == '.') {
      to--;
    }
    return digits.substring(from, to);
  }

  static Set<String> of(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (isNumber(w)) {
        out.add(value(w));
      }
    }
    return out;
  }
}
