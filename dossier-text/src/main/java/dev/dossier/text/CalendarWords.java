package dev.dossier.text;

import java.util.Locale;
import java.util.Set;

/**
 * The names of weekdays and months. They are capitalized like names but name dates, so whoever
 * looks for proper names (of people, places, things) leaves them out, and whoever looks for dates
 * looks for them.
 */
public final class CalendarWords {
  static final Set<String> WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private CalendarWords() {}

  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
