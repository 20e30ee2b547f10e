package dev.dossier.model;

/**
 * How a piece of cased text opens and closes, as a sentence of prose does or does not: cleaning
 * asks it of lines, summarization of sentences, so both judge the same way.
 */
public final class SentenceEdges {
  private static final String CLOSING_MARKS = "\"”’')]»";
  private static final String SENTENCE_ENDS = ".!?…";

  private SentenceEdges() {}

  /**
   * Ends on a full stop, a question or an exclamation mark or an ellipsis, perhaps inside closing
   * marks.
   */
  public static boolean endsLikeSentence(String text) {
    return sentenceEnd(text) >= 0;
  }

  /**
   * Ends on a full stop or an exclamation mark, perhaps inside closing marks: a statement, not a
   * question, an ellipsis or a heading. Surrounding white space is ignored.
   */
  public static boolean endsAsStatement(String text) {
    int end = sentenceEnd(text.strip());
    return end >= 0 && ".!".indexOf(text.strip().charAt(end)) >= 0;
  }

  /**
   * Where the closing full stop (or ? ! …) stands, closing quote marks and brackets after it
   * skipped; -1 when the text does not end like a sentence.
   */
  public static int sentenceEnd(String text) {
    int i = text.length() - 1;
    while (i >= 0 && CLOSING_MARKS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 ? i : -1;
  }

  /**
   * The first word starts with a lowercase letter and has no capital inside: in cased text, the
   * tail of a sentence cut in two. ("eBay" and "iPhone" open sentences.)
   */
  public static boolean opensOnLowercaseWord(String text) {
    String first = firstWord(text);
    return !first.isEmpty()
        && Character.isLowerCase(first.charAt(0))
        && first.chars().noneMatch(Character::isUpperCase);
  }

  /** The text's first white-space-separated word, or "" when there is none. */
  public static String firstWord(String text) {
    return text.strip().split("\\s+", 2)[0];
  }
}
