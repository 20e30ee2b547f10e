package dev.dossier.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date at the precision the text gives: {@code iso} is "YYYY", "YYYY-MM" or
 * "YYYY-MM-DD"; {@code start} is its first day, for ordering.
 */
public record ResolvedDate(String iso, LocalDate start) implements Comparable<ResolvedDate> {
  public ResolvedDate {
    Objects.requireNonNull(iso);
    Objects.requireNonNull(start);
    if (!iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("not an ISO date of year, month or day precision: " + iso);
    }
  }

  static ResolvedDate day(LocalDate d) {
    requireCalendarYear(d.getYear());
    return new ResolvedDate(d.toString(), d);
  }

  static ResolvedDate month(int year, int month) {
    requireCalendarYear(year);
    LocalDate d = LocalDate.of(year, month, 1);
    return new ResolvedDate(d.toString().substring(0, 7), d);
  }

  static ResolvedDate year(int year) {
    requireCalendarYear(year);
    return new ResolvedDate(String.format("%04d", year), LocalDate.of(year, 1, 1));
  }

  private static void requireCalendarYear(int year) {
    if (year < DateResolver.MIN_YEAR || year > DateResolver.MAX_YEAR) {
      throw new java.time.DateTimeException("not a calendar year of four digits: " + year);
    }
  }

  public boolean isDay() {
    return iso.length() == 10;
  }

  @Override
  public int compareTo(ResolvedDate o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : Integer.compare(iso.length(), o.iso.length());
  }
}
