package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.DateMention;
import dev.dossier.model.ReferenceDate;
import dev.dossier.model.StoryDates;
import dev.dossier.text.Tense;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date that each article's relative expressions ("Monday", "last month") refer to.
 *
 * <ol>
 *   <li>A date given by the user, or the article's own publication date from metadata, wins.
 *   <li>Undated articles in a story where others are dated take the latest of those dates.
 *   <li>Otherwise the date is inferred from the texts of the whole story: explicit full dates;
 *       partial dates ("March 26") given the years the story mentions and any weekday named with
 *       them ("Monday, March 26" fixes the year); then past-tense weekday mentions that fall in the
 *       days after the latest such date ("only Wednesday did ... confirm") move it forward, since a
 *       report is written after the events it narrates.
 * </ol>
 *
 * The basis says which of these applied, with the words and sources that decided it.
 */
public final class ReferenceDateResolver {
  /**
   * A value that names a year, alone or narrowed: "2011", "2011-03" (March 2011), "2011-SU" (summer
   * 2011), "2011 INTERSECT P11M" (the first 11 months of 2011). Checked after {@link #FULL}.
   */
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?!\\d)");

  private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern PARTIAL_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])");

  /**
   * A day and month whose year no text states next to them take the latest year the texts mention,
   * confirmed only by a weekday the texts name for that day in that year.
   */
  private static final String LOW =
      ". Confidence: low (no text gives the year with the date: it is the latest year the texts "
          + "mention, in which the date falls on a weekday they name); pass --date to override.";

  private static final String MEDIUM = ". Confidence: medium; pass --date to override.";

  /**
   * @param labels display name of each article (e.g. "s1"), parallel to {@code articles}
   * @param given a date the user supplied, or null
   */
  public StoryDates resolve(List<AnnotatedArticle> articles, List<String> labels, LocalDate given) {
    Map<String, ReferenceDate> per = new HashMap<>();
    if (given != null) {
      ReferenceDate r = new ReferenceDate(given, "given by the user (--date)");
      articles.forEach(a -> per.put(a.article().id(), r));
      return new StoryDates(per, r);
    }
    LocalDate latestMeta = null;
    List<String> dated = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      LocalDate p = articles.get(i).article().published();
      if (p != null) {
        per.put(
            articles.get(i).article().id(),
            new ReferenceDate(p, "publication date from the article's metadata"));
        dated.add(labels.get(i));
        latestMeta = latestMeta == null || p.isAfter(latestMeta) ? p : latestMeta;
      }
    }
    ReferenceDate story;
    if (latestMeta != null) {
      story =
          new ReferenceDate(
              latestMeta,
              "publication date from metadata (latest of " + String.join(", ", dated) + ")");
    } else {
      Inference inferred = infer(articles, labels);
      story = inferred.story();
      if (inferred.anchor() != null) {
        // Each article its own day: the story's anchor, moved on by that article's own past-tense
        // weekdays ("entered its second day on Tuesday" is Tuesday's report, though another
        // source writes on Thursday).
        for (int i = 0; i < articles.size(); i++) {
          List<Found> own = new ArrayList<>();
          for (Found f : inferred.weekdays()) {
            if (f.label.equals(labels.get(i))) {
              own.add(f);
            }
          }
          per.put(
              articles.get(i).article().id(),
              extendByWeekdays(
                  inferred.anchor(),
                  own,
                  new StringBuilder(inferred.anchorBasis()),
                  inferred.confidence()));
        }
      }
    }
    for (AnnotatedArticle a : articles) {
      per.putIfAbsent(a.article().id(), story);
    }
    return new StoryDates(per, story);
  }

  /**
   * The story's inferred date, and what each article's own date is derived from: the anchor (null
   * when the story is not dated), what it rests on, its confidence and the past-tense weekdays.
   */
  private record Inference(
      ReferenceDate story,
      LocalDate anchor,
      String anchorBasis,
      String confidence,
      List<Found> weekdays) {
    static Inference undated(String basis) {
      return new Inference(new ReferenceDate(null, basis), null, null, null, List.of());
    }
  }

  private Inference infer(List<AnnotatedArticle> articles, List<String> labels) {
    Map<Integer, Set<String>> years = new TreeMap<>();
    List<Found> fullDates = new ArrayList<>();
    List<Found> partials = new ArrayList<>();
    List<Found> weekdays = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle a = articles.get(i);
      for (DateMention d : a.dates()) {
        if (dev.dossier.text.ClauseTense.of(a.sentences().get(d.sentence()), d.span())
            == Tense.FUTURE) {
          continue;
        }
        Found f = new Found(d, labels.get(i), sentenceWeekday(a, d), names(a, d));
        Matcher m;
        if ((m = FULL.matcher(d.value())).find()) {
          fullDates.add(f);
          years
              .computeIfAbsent(Integer.parseInt(m.group(1)), y -> new LinkedHashSet<>())
              .add(labels.get(i));
        } else if ((m = YEAR.matcher(d.value())).find()) {
          years
              .computeIfAbsent(Integer.parseInt(m.group(1)), y -> new LinkedHashSet<>())
              .add(labels.get(i));
        } else if (PARTIAL_DAY.matcher(d.value()).find()) {
          partials.add(f);
        } else if (WEEKDAY.matcher(d.value()).find()) {
          weekdays.add(f);
        }
      }
    }
    Integer year = years.isEmpty() ? null : ((TreeMap<Integer, Set<String>>) years).lastKey();
    LocalDate anchor = null;
    DayOfWeek anchorWeekday = null;
    Found anchorFound = null;
    boolean yearGuessed = false;
    StringBuilder why = new StringBuilder("inferred from the texts (no publication date given): ");
    for (Found f : fullDates) {
      LocalDate d = fullDate(f.mention.value());
      if (d != null && (anchor == null || d.isAfter(anchor))) {
        anchor = d;
        anchorWeekday = f.weekday;
        anchorFound = f;
        yearGuessed = false;
        why.setLength(0);
        why.append("inferred from the texts (no publication date given): latest explicit date ")
            .append(d)
            .append(" (\"")
            .append(f.mention.text())
            .append("\" in ")
            .append(f.label)
            .append(")");
      }
    }
    for (Found f : partials) {
      Matcher m = PARTIAL_DAY.matcher(f.mention.value());
      if (!m.find()) {
        continue;
      }
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      Integer y = yearFor(month, day, f.weekday, year);
      if (y == null) {
        continue;
      }
      LocalDate d = LocalDate.of(y, month, day);
      if (anchor == null || d.isAfter(anchor)) {
        anchor = d;
        anchorWeekday = f.weekday;
        anchorFound = f;
        yearGuessed = f.weekday == null;
        why.setLength(0);
        why.append("inferred from the texts (no publication date given): latest dated event ")
            .append(d)
            .append(" (\"")
            .append(f.mention.text())
            .append("\" in ")
            .append(f.label)
            .append(", ");
        if (f.weekday != null) {
          why.append("the year in which it falls on a ").append(name(f.weekday));
        } else {
          why.append("year ")
              .append(y)
              .append(" from years mentioned in ")
              .append(String.join(", ", years.get(y)));
        }
        why.append(")");
      }
    }
    if (anchor == null) {
      String basis =
          year == null
              ? "unknown: no publication date, and the texts give no explicit date"
              : "unknown: no publication date; the texts give only years (latest " + year + ")";
      return Inference.undated(basis);
    }
    String doubt = doubt(anchor, anchorFound, anchorWeekday, yearGuessed, year, weekdays);
    if (doubt != null) {
      return Inference.undated(
          "unknown: no publication date, and the latest date the texts give ("
              + anchor
              + ") "
              + doubt);
    }
    String confidence = yearGuessed ? LOW : MEDIUM;
    String anchorBasis = why.toString();
    return new Inference(
        extendByWeekdays(anchor, weekdays, why, confidence),
        anchor,
        anchorBasis,
        confidence,
        weekdays);
  }

  /**
   * Why the latest dated event may not be the time of writing, or null when the texts bear it out.
   * News reports name many earlier dates (an anniversary, the start of a case, "since 1979"); on
   * DUC 2004 newswire, where every article's writing date is known, nearly all the dates inferred
   * without these checks were such backward references (5 of 149 within a day). A date is taken as
   * the story's only when the texts tie it to the present: a weekday is named with it or the
   * reports name its weekday for their events, no text names a later year, and its year is stated
   * or fixed by its weekday. Otherwise no date is stated: the timeline keeps its explicit dates and
   * leaves out what only a reference date could place.
   */
  private static String doubt(
      LocalDate anchor,
      Found anchorFound,
      DayOfWeek anchorWeekday,
      boolean yearGuessed,
      Integer latestYear,
      List<Found> weekdays) {
    if (latestYear == null) {
      return "has no year the texts state: its weekday alone fits many years";
    }
    if (latestYear > anchor.getYear()) {
      return "is older than the year " + latestYear + " the texts also mention";
    }
    boolean named = anchorWeekday == anchor.getDayOfWeek();
    for (Found f : weekdays) {
      Matcher m = WEEKDAY.matcher(f.mention.value());
      // The weekday must tell the same event: its sentence names someone or somewhere the date's
      // sentence names ("arrived in Tarn on Monday", "arriving in Tarn on March 26"). A
      // weekday of another event that happens to fall right is a coincidence one time in seven.
      named |=
          m.find()
              && DayOfWeek.of(Integer.parseInt(m.group(1))) == anchor.getDayOfWeek()
              && !java.util.Collections.disjoint(f.names, anchorFound.names);
    }
    if (!named && yearGuessed) {
      return "has no year of its own, and no weekday the texts name confirms the year guessed from"
          + " the years they mention";
    }
    return named ? null : "is not tied to the time of writing: no text names its weekday";
  }

  /**
   * Past-tense weekdays name the days around the story's latest dated event: each is read as the
   * one day of that name from two days before the anchor to four days after ("lasted from Sunday"
   * before a Monday anchor is the day before). The latest of them, if after the anchor, is when the
   * reports were written.
   */
  private static ReferenceDate extendByWeekdays(
      LocalDate anchor, List<Found> weekdays, StringBuilder why, String confidence) {
    LocalDate ref = anchor;
    Found latest = null;
    for (Found f : weekdays) {
      Matcher m = WEEKDAY.matcher(f.mention.value());
      if (!m.find()) {
        continue;
      }
      LocalDate d = nearAnchor(DayOfWeek.of(Integer.parseInt(m.group(1))), anchor);
      if (d.isAfter(ref)) {
        ref = d;
        latest = f;
      }
    }
    if (latest != null) {
      why.append("; past-tense \"")
          .append(latest.mention.text())
          .append("\" in ")
          .append(latest.label)
          .append(" places the reports on or after ")
          .append(ref);
    }
    why.append(confidence);
    return new ReferenceDate(ref, why.toString());
  }

  /** The day named {@code day} within [anchor - 2, anchor + 4]: exactly one exists. */
  static LocalDate nearAnchor(DayOfWeek day, LocalDate anchor) {
    LocalDate d = anchor.minusDays(2);
    while (d.getDayOfWeek() != day) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The year for a month and day: one where it falls on the weekday named, nearest the story's
   * years.
   */
  private static Integer yearFor(int month, int day, DayOfWeek weekday, Integer storyYear) {
    int center = storyYear != null ? storyYear : LocalDate.now().getYear();
    if (weekday == null) {
      return storyYear;
    }
    for (int delta = 0; delta <= 12; delta++) {
      for (int y : new int[] {center - delta, center + delta}) {
        try {
          if (LocalDate.of(y, month, day).getDayOfWeek() == weekday
              && y <= LocalDate.now().getYear()) {
            return y;
          }
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    }
    return storyYear;
  }

  /** A weekday named in the same sentence as a date mention ("Monday, March 26"), if any. */
  private static DayOfWeek sentenceWeekday(AnnotatedArticle a, DateMention d) {
    String own = d.text().toLowerCase(java.util.Locale.ROOT);
    for (DayOfWeek w : DayOfWeek.values()) {
      if (own.contains(w.toString().toLowerCase(java.util.Locale.ROOT))) {
        return w;
      }
    }
    for (DateMention other : a.dates()) {
      if (other.sentence() == d.sentence() && other != d) {
        Matcher m = WEEKDAY.matcher(other.value());
        if (m.find() && Math.abs(other.span().end() - d.span().begin()) < 12) {
          return DayOfWeek.of(Integer.parseInt(m.group(1)));
        }
      }
    }
    return null;
  }

  private static LocalDate fullDate(String value) {
    Matcher m = FULL.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String name(DayOfWeek d) {
    String n = d.toString().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /**
   * A date mention of an article, with the weekday named with it and the names (entity mentions) of
   * its sentence.
   */
  private record Found(DateMention mention, String label, DayOfWeek weekday, Set<String> names) {}

  /** The entity names of a date mention's sentence ("Tarn", "Mara Holt"), lowercased. */
  private static Set<String> names(AnnotatedArticle a, DateMention d) {
    Set<String> out = new java.util.HashSet<>();
    for (dev.dossier.model.Mention m : a.mentions()) {
      if (m.sentence() == d.sentence()) {
        out.add(m.text().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }
}
