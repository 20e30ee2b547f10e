package dev.dossier.model;

import java.util.regex.Pattern;

/**
 * A page's own line saying when it was published or updated: "Published on Aug 11, 2016", "Posted
 * at 11:43 AM on Nov. 24, 2010", "Updated: Tuesday, March 3, 2015 5:02 PM EST". It is furniture,
 * yet on a page without metadata it is the best evidence of the date the story's "Monday" and "last
 * week" count from. So cleaning keeps it (its shape, no full stop, would otherwise drop it) and
 * annotation gives it no statement: it dates the page and says nothing. Both ask here.
 *
 * <p>Only a whole line of date and time words after the label counts, with a four-digit year, so
 * prose that starts with the word ("Published in 2015, the report found ...") is left alone.
 */
public final class PublicationStamp {
  private static final String DATE_WORD =
      "(?:\\d{1,4}(?:st|nd|rd|th)?(?::\\d{2})?"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
          + "|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\.?"
          + "|[ap]\\.?m\\.?|on|at|[ecmp][sd]t|gmt|utc|bst|cet)";
  private static final Pattern STAMP =
      Pattern.compile(
          "^(?:(?:first|last) )?(?:published|posted|updated)"
              + "(?: on| at)?:?(?:[\\s,|/:-]+"
              + DATE_WORD
              + ")+[\\s.]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  private static final int MAX_CHARS = 80;

  private PublicationStamp() {}

  public static boolean is(String line) {
    String l = line.strip();
    return l.length() <= MAX_CHARS && YEAR.matcher(l).find() && STAMP.matcher(l).matches();
  }
}
