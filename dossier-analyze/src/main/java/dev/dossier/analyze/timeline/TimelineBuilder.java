package dev.dossier.analyze.timeline;

import dev.dossier.annotate.AnnotatedStory;
import dev.dossier.annotate.DateResolver;
import dev.dossier.annotate.ResolvedDate;
import dev.dossier.annotate.Tense;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.DateMention;
import dev.dossier.model.TextKey;
import dev.dossier.model.briefing.Briefing.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated events in date order: every temporal expression that resolves to a calendar date, against its
 * article's reference date, with the sentence it dates. The same date and event told by several sources
 * is listed once with {@code also_in}. Durations and recurring times are not events and are left out.
 */
public final class TimelineBuilder {
  public List<TimelineEntry> build(AnnotatedStory story) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < story.articles().size(); i++) {
      AnnotatedArticle a = story.articles().get(i);
      String label = story.labels().get(i);
      LocalDate ref = story.dates().of(a.article().id()).date();
      for (DateMention d : a.dates()) {
        if (!d.type().equals("DATE") && !d.type().equals("TIME")) {
          continue;
        }
        ResolvedDate r = DateResolver.resolve(d.value(), ref, Tense.of(a.sentences().get(d.sentence())));
        if (r == null) {
          continue;
        }
        String event = a.sentenceText(d.sentence());
        String key = r.iso() + "|" + eventKey(event);
        Row existing = rows.get(key);
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
    sorted.sort(Comparator.comparing((Row r) -> r.date).thenComparing(r -> r.source).thenComparingInt(r -> r.sentence));
    List<TimelineEntry> out = new ArrayList<>();
    for (Row r : sorted) {
      out.add(new TimelineEntry(r.date.iso(), r.expression, r.event, r.source, r.sentence, r.alsoIn));
    }
    return out;
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
