package dev.dossier.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cheap text features grouping runs on (no NLP models: grouping sits on the ingest path, which
 * must run at thousands of articles a second): lowercase word tokens, with a flag for words written
 * with a capital inside a sentence (a proxy for names, which tie articles of one story together).
 */
public final class TextFeatures {
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
          "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "he",
          "she", "they", "we", "i", "you", "his", "her", "their", "has", "have", "had", "not",
          "will", "would", "can", "could", "said", "says", "say", "who", "which", "what", "when",
          "also", "than", "more", "about", "after", "into", "over", "there", "if", "so", "no", "up",
          "out", "one", "all", "just", "s");

  /** A token: its lowercase form and whether it was capitalized mid-sentence. */
  public record Word(String text, boolean name) {}

  private TextFeatures() {}

  public static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c == '.' || c == '!' || c == '?' || (c == '\n' && paragraphOrSentenceEnd(text, i))) {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      String raw = text.substring(start, i);
      String w = raw.toLowerCase(Locale.ROOT);
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2); // "Oster's" is about Oster
      }
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(new Word(foldPlural(w), !sentenceStart && Character.isUpperCase(raw.charAt(0))));
      }
      sentenceStart = false;
    }
    return out;
  }

  /**
   * Whether the line break at {@code i} starts a new sentence: a blank line does, and so does a
   * break after a sentence's end; inside a paragraph of hard-wrapped wire text (lines of about 70
   * characters) it is only a space, and the word after it is no sentence start, so a name there
   * keeps its capital's weight.
   */
  static boolean paragraphOrSentenceEnd(String text, int i) {
    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return true;
    }
    for (int k = i - 1; k >= 0; k--) {
      char p = text.charAt(k);
      if (p == '\n') {
        return true;
      }
      if (!Character.isWhitespace(p)) {
        return p == '.' || p == '!' || p == '?' || p == ':' || p == '"' || p == '\u201d';
      }
    }
    return true;
  }

  /** "schools" and "school" are one feature; short words and "-ss" endings are left alone. */
  static String foldPlural(String w) {
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /**
   * 64-bit FNV-1a of a string: stable, fast, good enough spread for shingles and feature hashing.
   */
  public static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
