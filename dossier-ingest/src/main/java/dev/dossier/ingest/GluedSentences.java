package dev.dossier.ingest;

/**
 * Puts back the space that scraping lost between two sentences: "authorities said.A second woman"
 * becomes "authorities said. A second woman". Pages lose it where a paragraph break or a line break
 * in the markup was dropped, and in 73 of the 100 cased dev clusters at least one document has such
 * a join. Left glued, the tokenizer reads "said.A" as one word and the sentence splitter sees one
 * sentence where there are two, so a summary, a fact or a timeline entry quotes two statements as
 * one.
 *
 * <p>Written by hand because the tokenizer has no option for it, and the repair must come before
 * tokenization so that the spans of every later stage point into the repaired text. It only inserts
 * spaces.
 *
 * <p>A join is a sentence end (".", "!" or "?", with a closing quote mark after it or an opening
 * one before the next word) after two lower-case letters, directly followed by a capitalized word
 * ("said.The", "win.”Tuesday", "said.“We"). Two lower-case letters keep initials and abbreviations
 * such as "U.S.Army" or "Mr.Holt" glued; a word with "://", "www." or "@" in it (a web or mail
 * address) is left alone.
 */
final class GluedSentences {
  private GluedSentences() {}

  /** The line with a space inserted at every glued sentence boundary. */
  static String repair(String line) {
    StringBuilder out = null;
    int copied = 0;
    int straightQuotes =
        0; // before position i, counted as the scan goes, so a long line costs linear time
    for (int i = 0; i < line.length() - 2; i++) {
      char c = line.charAt(i);
      if (c == '"') {
        straightQuotes++;
      }
      if (i < 2
          || (c != '.' && c != '!' && c != '?')
          || !Character.isLowerCase(line.charAt(i - 1))
          || !Character.isLowerCase(line.charAt(i - 2))) {
        continue;
      }
      int at = boundary(line, i, straightQuotes);
      if (at < 0 || inAddress(line, i)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(line.length() + 8);
      }
      out.append(line, copied, at).append(' ');
      copied = at;
    }
    return out == null ? line : out.append(line, copied, line.length()).toString();
  }

  /**
   * Where the space goes after the sentence end at {@code end}, or -1 when no capitalized word
   * follows at once. A straight double quote closes a quotation when an odd number of them come
   * before it on the line, and opens the next one otherwise.
   */
  private static int boundary(String line, int end, int straightQuotesBefore) {
    int next = end + 1;
    char m = line.charAt(next);
    int at;
    if (m == '”' || m == '’' || (m == '"' && straightQuotesBefore % 2 == 1)) {
      at = next + 1;
      next++;
    } else if (m == '“' || m == '"') {
      at = next;
      next++;
    } else {
      at = next;
    }
    if (next + 1 >= line.length() || !Character.isUpperCase(line.charAt(next))) {
      return -1;
    }
    char after = line.charAt(next + 1);
    // "The", or the one-letter words "A" and "I"; not an acronym such as "ABC".
    boolean word =
        Character.isLowerCase(after) || ("AI".indexOf(line.charAt(next)) >= 0 && after == ' ');
    return word ? at : -1;
  }

  /**
   * How far either way an address is looked for: a run without spaces can be as long as the line.
   */
  private static final int ADDRESS_REACH = 200;

  /**
   * Whether the run of non-space characters around {@code index} looks like a web or mail address.
   */
  private static boolean inAddress(String line, int index) {
    int from = index;
    while (from > Math.max(0, index - ADDRESS_REACH)
        && !Character.isWhitespace(line.charAt(from - 1))) {
      from--;
    }
    int to = index;
    int limit = Math.min(line.length(), index + ADDRESS_REACH);
    while (to < limit && !Character.isWhitespace(line.charAt(to))) {
      to++;
    }
    String token = line.substring(from, to);
    return token.contains("://") || token.contains("www.") || token.contains("@");
  }
}
