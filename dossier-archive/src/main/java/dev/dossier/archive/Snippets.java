package dev.dossier.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The snippet a search shows: the first sentence of the text that holds a searched word, words
 * compared as the index compares them (the archive's analyzer: "stranded" finds "stranding"), else
 * the text's first sentence; at most {@link #MAX_CHARS} characters. Lucene's highlighter module
 * would mark the words too, but a reader of a result list needs only which sentence matched.
 */
final class Snippets {
  static final int MAX_CHARS = 200;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  String of(String text, String query) {
    Set<String> wanted = terms(query);
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    String first = null;
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      String s = text.substring(start, end);
      if (s.isBlank()) {
        continue;
      }
      first = first == null ? s : first;
      Set<String> found = terms(s);
      found.retainAll(wanted);
      if (!found.isEmpty()) {
        return cut(s);
      }
    }
    return cut(first == null ? text : first);
  }

  private Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String cut(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS - 1).strip() + "…";
  }
}
