package dev.dossier.model;

import java.util.Objects;

/**
 * The comparison form of a text: lowercase letters and digits, runs of anything else folded to one
 * space. Two sentences with the same key say the same words (syndicated copies, quotes carried by
 * two outlets).
 */
public record TextKey(String value) {
  public TextKey {
    Objects.requireNonNull(value);
  }

  /**
   * By hand rather than {@code replaceAll}: cleaning keys every line of every article, and the
   * regular expression was compiled at each call. Letters are lowercased one by one, which differs
   * from lowercasing the whole string only for a few letters (a dotted capital I).
   */
  public static TextKey of(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isLetter(cp)
          || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        gap = false;
        sb.appendCodePoint(Character.toLowerCase(cp));
      } else {
        gap = true;
      }
    }
    return new TextKey(sb.toString());
  }
}
