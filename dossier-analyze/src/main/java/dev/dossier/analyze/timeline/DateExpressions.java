package dev.dossier.analyze.timeline;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.DateMention;
import dev.dossier.model.ReferenceDate;
import dev.dossier.model.Sentence;
import dev.dossier.text.DateResolver;
import dev.dossier.text.ResolvedDate;
import dev.dossier.text.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every date expression of an article that resolves to a calendar date, with the value, the
 * verbatim sentence and the basis of the value: what {@code dossier dates} writes and what
 * TempEval-style scoring reads. The timeline keeps a subset of these (event statements only).
 */
public final class DateExpressions {
  /** One resolved expression; {@code begin} and {@code end} are character offsets in the text. */
  public record Resolved(
      String text,
      int begin,
      int end,
      int sentence,
      String sentenceText,
      String value,
      String type,
      String basis) {
    public Resolved {
      Objects.requireNonNull(text);
      Objects.requireNonNull(value);
    }
  }

  private DateExpressions() {}

  /** The resolved expressions of article {@code index} of the story, in text order. */
  public static List<Resolved> of(AnnotatedStory story, int index) {
    AnnotatedArticle a = story.articles().get(index);
    ReferenceDate ref = story.dates().of(a.article().id());
    List<Resolved> out = new ArrayList<>();
    for (DateMention d : a.dates()) {
      Sentence sentence = a.sentences().get(d.sentence());
      Tense tense = dev.dossier.text.ClauseTense.of(sentence, d.span());
      ResolvedDate r = DateResolver.resolve(d.value(), ref.date(), tense);
      if (r == null) {
        continue;
      }
      out.add(
          new Resolved(
              d.text(),
              d.span().begin(),
              d.span().end(),
              d.sentence(),
              a.sentenceText(d.sentence()),
              r.iso(),
              d.type(),
              basis(d, r, ref.date(), tense)));
    }
    return out;
  }

  /** How the value came: written out in full, or read against the reference date and the tense. */
  static String basis(DateMention d, ResolvedDate r, LocalDate ref, Tense tense) {
    if (r.iso().equals(d.value()) || d.value().startsWith(r.iso())) {
      return "stated in full";
    }
    return "\""
        + d.text()
        + "\" read against the reference date "
        + ref
        + " in a "
        + (tense == Tense.FUTURE ? "future" : "past")
        + "-tense clause";
  }
}
