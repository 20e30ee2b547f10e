package dev.dossier.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the publication dates found in metadata (ISO, RFC 1123, "March 28, 2018", "28 March
 * 2018").
 */
public final class PublishedDateParser {
  private static final List<DateTimeFormatter> DATE_ONLY =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("uuuu/MM/dd"));

  private PublishedDateParser() {}

  /** The date, or null when the string is blank or not a date we understand. */
  public static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next shape
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next shape
    }
    if (t.length() >= 10
        && t.charAt(4) == '-'
        && t.length() > 10
        && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
      t = t.substring(0, 10);
    }
    for (DateTimeFormatter f : DATE_ONLY) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException ignored) {
        // try the next shape
      }
    }
    return null;
  }
}
