package dev.dossier.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the headline of an untitled text is: its first line that is not page furniture (a scraped
 * page often opens with a photo caption or a media player's label), if that line is short and does
 * not end like a body sentence (headlines drop the full stop; a question or exclamation mark is
 * allowed).
 */
final class HeadlineShape {
  /**
   * Short unpunctuated lines that are not headlines: a byline ("By Jo Bell"), a list item ("* Talks
   * resume", "1. The mayor"). (A line ending in a colon, a separator or a photo credit is a label
   * or a caption.)
   */
  private static final Pattern NOT_HEADLINE =
      Pattern.compile("^(?:By\\s+\\p{Lu}|[*•·-]\\s|\\d{1,2}[.)]\\s)");

  private HeadlineShape() {}

  /** The index of the headline line, or -1 when the text has none. */
  static int headlineIndex(List<String> paragraphs) {
    int i = 0;
    while (i < paragraphs.size() && LineShape.isFurniture(paragraphs.get(i))) {
      i++;
    }
    return i < paragraphs.size() - 1 && isHeadline(paragraphs.get(i)) ? i : -1;
  }

  private static boolean isHeadline(String first) {
    int words = first.split("\\s+").length;
    char last = first.charAt(first.length() - 1);
    return words >= 2
        && words <= 25
        && ".:,\"”|/-–—".indexOf(last) < 0
        && !NOT_HEADLINE.matcher(first).find()
        && !LineShape.endsWithCredit(first);
  }
}
