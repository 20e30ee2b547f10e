package dev.dossier.archive;

import java.text.BreakIterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The snippet a search shows: the first sentence of the text that holds one of the searched words
 * (as typed, case-insensitive, query operators left out), else the text's opening; at most {@link
 * #MAX_CHARS} characters. Lucene's highlighter would mark stemmed matches too, but costs a module
 * and a second analysis of each hit for what a reader needs here: which sentence matched.
 */
final class Snippets {
  static final int MAX_CHARS = 200;

  private Snippets() {}

  static String of(String text, String query) {
    Set<String> words = new HashSet<>();
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !Set.of("and", "or", "not").contains(w)) {
        words.add(w);
      }
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      String s = text.substring(start, end);
      for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (words.contains(w)) {
          return cut(s);
        }
      }
    }
    return cut(text);
  }

  private static String cut(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS - 1).strip() + "…";
  }
}
