package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.TextKey;
import dev.dossier.model.briefing.Briefing.Divergence;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Position;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points where sentences give different values for the same thing: counts and amounts, times of
 * day, dates, lengths and places. Precision comes first: two values are compared only when they are
 * of the same kind and unit, hang on the same verb (or, for lengths, the same noun), have the same
 * proper names on their subject side ("the Morning Star left" is not "the Evening Star left"), and
 * their sentences share an actor or are similar. Pairs inside one source count too: a report can
 * contradict itself. Two values that one sentence states together ("between 2% and 5% of trains",
 * "one step forward, two steps back", "90 degrees at the bow, 45 at the stern") are about different
 * things wherever else they appear, so they never conflict. Nor do two sentences that each name a
 * year and no year in common ("40,000 passengers a month in 2019", "in 2023, 55,000 passengers a
 * month"): they speak of different times.
 */
final class DivergenceFinder {
  /** Sentences this similar are about the same thing even without a shared actor. */
  private static final double RELATED = 0.3;

  List<Divergence> find(AnnotatedStory story, StatementIndex idx) {
    Map<String, Map<String, Position>> topics = new LinkedHashMap<>();
    List<Statement> all = idx.statements;
    Set<String> together = idx.namedTogether();
    Set<String> statedTogether = statedTogether(all);
    // Read once per statement, not once per pair.
    List<Set<String>> years = all.stream().map(st -> years(st.text())).toList();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Statement a = all.get(i);
        Statement b = all.get(j);
        if (differentYears(years.get(i), years.get(j))) {
          continue;
        }
        boolean related =
            !intersect(a.entities(), b.entities()).isEmpty() || idx.similarity(a, b) >= RELATED;
        for (StatedValue va : a.values()) {
          for (StatedValue vb : b.values()) {
            String topic =
                statedTogether.contains(pair(va, vb)) ? null : conflict(va, vb, idx.mainNouns);
            if (topic != null
                && va instanceof StatedValue.PointInTime x
                && vb instanceof StatedValue.PointInTime y
                && (onItsWeekday(x, y) && undated(story, a)
                    || onItsWeekday(y, x) && undated(story, b))) {
              topic = null;
            }
            if (topic != null
                && va instanceof StatedValue.Place x
                && vb instanceof StatedValue.Place y
                && (together.contains(x.entity() + "|" + y.entity())
                    || idx.similarity(a, b) < RELATED)) {
              topic =
                  null; // places named together may be one inside the other; unrelated sentences,
              // other events
            }
            // Lengths of the story's main thing compare across the story; other values need related
            // sentences,
            // or the same common-noun subject of the same verb ("the inquiry will open").
            boolean sameSubject =
                !va.subjectNoun().isEmpty() && va.subjectNoun().equals(vb.subjectNoun());
            if (topic != null && (related || sameSubject || va instanceof StatedValue.Length)) {
              Map<String, Position> positions =
                  topics.computeIfAbsent(topic, t -> new LinkedHashMap<>());
              add(positions, va, FactFinder.evidence(story, a));
              add(positions, vb, FactFinder.evidence(story, b));
            }
          }
        }
      }
    }
    List<Divergence> out = new ArrayList<>();
    topics.forEach(
        (topic, positions) -> {
          // "Wednesday" against "Wednesday" differs only in how the dates were resolved (a tense, a
          // reference
          // date), not in what the sources say: the reader needs two different stated values.
          long stated =
              positions.values().stream()
                  .map(p -> TextKey.of(p.value()).value())
                  .distinct()
                  .count();
          if (stated >= 2) {
            out.add(new Divergence(topic, new ArrayList<>(positions.values())));
          }
        });
    return out;
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  /** Both sentences name years ({@link #years}), and none in common. */
  private static boolean differentYears(Set<String> x, Set<String> y) {
    return !x.isEmpty() && !y.isEmpty() && intersect(x, y).isEmpty();
  }

  private static Set<String> years(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Every pair of values some one sentence states ({@link #pair}). */
  private static Set<String> statedTogether(List<Statement> statements) {
    Set<String> out = new HashSet<>();
    for (Statement st : statements) {
      List<StatedValue> v = st.values();
      for (int i = 0; i < v.size(); i++) {
        for (int j = i + 1; j < v.size(); j++) {
          out.add(pair(v.get(i), v.get(j)));
        }
      }
    }
    return out;
  }

  /** Two values by their words, in either order. */
  private static String pair(StatedValue a, StatedValue b) {
    String x = TextKey.of(a.text()).value();
    String y = TextKey.of(b.text()).value();
    return x.compareTo(y) <= 0 ? x + "\u0000" + y : y + "\u0000" + x;
  }

  /** The topic two values disagree on, or null when they agree or are not about the same thing. */
  static String conflict(StatedValue a, StatedValue b, Set<String> mainNouns) {
    if (a instanceof StatedValue.Length x && b instanceof StatedValue.Length y) {
      // A length is about the thing it names ("a three-day festival"); only the story's main things
      // compare.
      TreeSet<String> shared = new TreeSet<>(x.nouns());
      shared.retainAll(y.nouns());
      shared.retainAll(mainNouns);
      return !shared.isEmpty() && x.days() != y.days()
          ? "how long the " + shared.first() + " lasted"
          : null;
    }
    if (!a.subjectNames().equals(b.subjectNames())) {
      return null;
    }
    if (a instanceof StatedValue.Quantity x && b instanceof StatedValue.Quantity y) {
      boolean same =
          x.unit().equals(y.unit()) && !x.anchor().isEmpty() && x.anchor().equals(y.anchor());
      boolean differ =
          Math.abs(x.amount() - y.amount())
              > 0.01 * Math.max(Math.abs(x.amount()), Math.abs(y.amount()));
      return same && differ ? "how many " + plural(x.unit()) + " (" + x.anchor() + ")" : null;
    }
    if (a instanceof StatedValue.Place x && b instanceof StatedValue.Place y) {
      String p = x.text().toLowerCase(Locale.ROOT);
      String q = y.text().toLowerCase(Locale.ROOT);
      boolean same =
          !x.anchor().isEmpty()
              && x.anchor().equals(y.anchor())
              && !x.entity().equals(y.entity())
              && !p.contains(q)
              && !q.contains(p);
      return same ? "where \"" + x.anchor() + "\"" : null;
    }
    if (a instanceof StatedValue.PointInTime x && b instanceof StatedValue.PointInTime y) {
      if (x.anchor().isEmpty() || !x.anchor().equals(y.anchor())) {
        return null;
      }
      if (x.day().equals(y.day())) {
        boolean differ =
            x.partOfDay() != null && y.partOfDay() != null && !x.partOfDay().equals(y.partOfDay());
        return differ ? "time of day of \"" + x.anchor() + "\" on " + weekday(x) : null;
      }
      return "date of \"" + x.anchor() + "\"";
    }
    return null;
  }

  /**
   * An article without a publication date resolves a bare weekday against a reference date inferred
   * from the texts, so "filed Saturday" and another source's "filed May 3, 2014" agree when that
   * day is a Saturday: only the inference differs, not what the sources say. Against "May 3" with
   * no year, whose weekday depends on the inferred year too, nothing tells whether they differ.
   * With a publication date the weekday's date is the article's own, and a different Saturday is a
   * real difference.
   */
  private static boolean undated(AnnotatedStory story, Statement s) {
    return story.articles().get(s.doc()).article().published() == null;
  }

  /**
   * {@code weekday} names only a day of the week, and {@code dated} gives a date that falls on it,
   * or a date without a year (whose weekday is not known).
   */
  private static boolean onItsWeekday(
      StatedValue.PointInTime weekday, StatedValue.PointInTime dated) {
    String w =
        weekday
            .text()
            .toLowerCase(Locale.ROOT)
            .replaceAll("^(?:on|last|this|next|past)\\s+", "")
            .strip();
    String other = dated.text().toLowerCase(Locale.ROOT);
    String day =
        dated
            .day()
            .getDayOfWeek()
            .getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            .toLowerCase(Locale.ROOT);
    return WEEKDAY.matcher(w).matches()
        && !WEEKDAY.matcher(other).find()
        && (w.equals(day) || !YEAR.matcher(other).find());
  }

  /**
   * One position per source and value: a source that repeats "$100,000" in five sentences says it
   * once.
   */
  private static void add(Map<String, Position> positions, StatedValue v, Evidence e) {
    positions.putIfAbsent(
        e.source() + ":" + TextKey.of(v.text()).value(), new Position(v.text(), e));
  }

  private static String weekday(StatedValue.PointInTime t) {
    return t.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.day();
  }

  private static String plural(String unit) {
    return unit.endsWith("s") || unit.equals("percent") ? unit : unit + "s";
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s;
  }
}
