package dev.dossier.annotate;

import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes by their quotation marks: curly pairs (“ ”, « ») and straight double quotes,
 * and either kind closing a quote the other opened. A quote never crosses a paragraph break; an
 * unclosed quote ends with its paragraph (the convention for quotes running over several
 * paragraphs). Quotes shorter than {@code minWords} words are scare quotes or titles ("unofficial",
 * "dual-freeze") and are not reported; so are longer titles of works in cased text ("The Harbour at
 * Night", "Salt Is the New Gold"), which are named, not said. The span excludes the marks and a
 * trailing comma.
 */
public final class QuoteFinder {
  public static final int DEFAULT_MIN_WORDS = 3;

  /**
   * Words a title leaves in lower case ("A Walk in the Woods"); every other word of a title is
   * capitalized.
   */
  private static final Set<String> TITLE_LOWER =
      Set.of(
          "a", "an", "the", "and", "or", "nor", "but", "of", "for", "in", "on", "at", "to", "by",
          "with", "from", "as", "into", "vs", "vs.", "de", "la", "von");

  private final int minWords;

  public QuoteFinder(int minWords) {
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be at least 1: " + minWords);
    }
    this.minWords = minWords;
  }

  public List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paragraphEnd = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      // Scraped pages mix marks: a quote opened with “ may close with a straight ", which then
      // follows the
      // quote's last word or punctuation (one that opens the next quote follows a space).
      boolean mixedClose =
          open >= 0 && closing == '”' && c == '"' && !Character.isWhitespace(text.charAt(i - 1));
      if (open >= 0
          && (c == closing || (closing == '"' && c == '”') || mixedClose || paragraphEnd)) {
        add(text, open, i, out);
        open = -1;
        continue;
      }
      if (open < 0
          && (((c == '“' || c == '«') && !closesSomething(text, i))
              || (c == '"' && opensQuote(text, i)))) {
        open = i + 1;
        closing = c == '“' ? '”' : c == '«' ? '»' : '"';
      }
    }
    if (open >= 0) {
      add(text, open, text.length(), out);
    }
    return out;
  }

  /**
   * A curly opening mark with nothing to quote after it, only punctuation or the end of the line
   * ("… a brief “nap” :) “."), was typed where a closing mark belonged; taken as an opening, it
   * would turn the rest of the paragraph into a quotation.
   */
  private static boolean closesSomething(String text, int i) {
    int j = i + 1;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j == text.length() || ".,;:!?)\n".indexOf(text.charAt(j)) >= 0;
  }

  /**
   * A straight quote opens when it does not directly follow a letter or digit (that would close).
   */
  private static boolean opensQuote(String text, int i) {
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private void add(String text, int begin, int end, List<Span> out) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e <= b) {
      return;
    }
    String q = text.substring(b, e);
    if (q.split("\\s+").length >= minWords && !isTitle(q)) {
      out.add(new Span(b, e));
    }
  }

  /**
   * Title case with no sentence punctuation inside: every word capitalized but the small ones, the
   * first capitalized too, some lowercase letter (a shouted chant, all capitals, is speech). Only
   * cased text can show this; in lowercased text every quote is kept.
   */
  static boolean isTitle(String quote) {
    String q = quote.strip();
    if (q.isEmpty()
        || !Character.isUpperCase(q.charAt(0))
        || q.chars().noneMatch(Character::isLowerCase)) {
      return false;
    }
    String body =
        q.replaceAll("[.,?!]$", ""); // "... wrote “A Walk Along the Quay.”" closes the sentence too
    if (body.matches(".*[.,;:!?\"“”].*")) {
      return false;
    }
    for (String w : body.split("\\s+")) {
      boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if (!capital && !TITLE_LOWER.contains(w) && Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
