package dev.dossier.analyze.timeline;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.DateMention;
import dev.dossier.model.Sentence;
import dev.dossier.model.TextKey;
import dev.dossier.model.briefing.Briefing.TimelineEntry;
import dev.dossier.text.CalendarWords;
import dev.dossier.text.DateResolver;
import dev.dossier.text.ResolvedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated events in date order: every temporal expression that resolves to a calendar date, against
 * its article's reference date, with the sentence it dates. The same date and event told by several
 * sources (same date, similar sentence) is listed once with {@code also_in}. Durations and
 * recurring times are not events and are left out.
 */
public final class TimelineBuilder {
  /** Same date and sentences this similar: one event told by two sources. */
  static final double SAME_EVENT = 0.35;

  /**
   * Expressions that point back at a day named elsewhere ("earlier in the day") give no date of
   * their own.
   */
  private static final java.util.Set<String> ANAPHORIC =
      java.util.Set.of(
          "the day", "that day", "this day", "the same day", "the time", "that time", "the moment");

  public List<TimelineEntry> build(AnnotatedStory story) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < story.articles().size(); i++) {
      AnnotatedArticle a = story.articles().get(i);
      String label = story.labels().get(i);
      LocalDate ref = story.dates().of(a.article().id()).date();
      for (DateMention d : a.dates()) {
        if ((!d.type().equals("DATE") && !d.type().equals("TIME"))
            || ANAPHORIC.contains(d.text().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        Sentence sentence = a.sentences().get(d.sentence());
        if (!sentence.hasStatement()) {
          continue; // a caption dates a picture, not an event
        }
        ResolvedDate r =
            DateResolver.resolve(
                d.value(), ref, dev.dossier.text.ClauseTense.of(sentence, d.span()));
        if (r == null) {
          continue;
        }
        // The event is told from where the sentence's statement begins.
        String event = sentence.statement(a.text());
        String key = r.iso() + "|" + eventKey(event);
        Row existing =
            rows.containsKey(key) ? rows.get(key) : sameEvent(rows.values(), r, event, label);
        if (existing != null) {
          if (!existing.source.equals(label) && !existing.alsoIn.contains(label)) {
            existing.alsoIn.add(label);
          }
          continue;
        }
        rows.put(key, new Row(r, d.text(), event, label, d.sentence()));
      }
    }
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(
        Comparator.comparing((Row r) -> r.date)
            .thenComparing(r -> r.source)
            .thenComparingInt(r -> r.sentence));
    List<TimelineEntry> out = new ArrayList<>();
    for (Row r : sorted) {
      out.add(
          new TimelineEntry(r.date.iso(), r.expression, r.event, r.source, r.sentence, r.alsoIn));
    }
    return out;
  }

  /**
   * An entry of another source with the same date whose sentence tells the same event (content-word
   * cosine at least {@link #SAME_EVENT} and a name in common), or null.
   */
  private static Row sameEvent(
      java.util.Collection<Row> rows, ResolvedDate date, String event, String source) {
    java.util.Map<String, Integer> words = words(event);
    for (Row r : rows) {
      if (r.date.equals(date)
          && !r.source.equals(source)
          && cosine(words, words(r.event)) >= SAME_EVENT
          && sharesName(event, r.event)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Both sentences name someone or something in common (a capitalized word inside the sentence).
   */
  private static boolean sharesName(String a, String b) {
    java.util.Set<String> na = names(a);
    na.retainAll(names(b));
    return !na.isEmpty();
  }

  private static java.util.Set<String> names(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    String[] w = text.split("[^\\p{L}\\p{N}]+");
    for (int i = 1; i < w.length; i++) {
      if (!w[i].isEmpty()
          && Character.isUpperCase(w[i].charAt(0))
          && !CalendarWords.contains(w[i])) {
        out.add(w[i]);
      }
    }
    return out;
  }

  private static java.util.Map<String, Integer> words(String text) {
    return dev.dossier.analyze.summary.TermVectors.counts(
        java.util.List.of(text.split("[^\\p{L}\\p{N}]+")));
  }

  private static double cosine(java.util.Map<String, Integer> a, java.util.Map<String, Integer> b) {
    double dot = 0;
    for (var e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
    }
    double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
    double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static String eventKey(String event) {
    return TextKey.of(event).value();
  }

  private static final class Row {
    final ResolvedDate date;
    final String expression;
    final String event;
    final String source;
    final int sentence;
    final List<String> alsoIn = new ArrayList<>();

    Row(ResolvedDate date, String expression, String event, String source, int sentence) {
      this.date = date;
      this.expression = expression;
      this.event = event;
      this.source = source;
      this.sentence = sentence;
    }
  }
}
