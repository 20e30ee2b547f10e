package dev.dossier.annotate;

import dev.dossier.model.DateMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.text.CalendarWords;
import dev.dossier.text.DateResolver;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Temporal expressions, read by SUTime without a document date so that their values stay
 * underspecified ("XXXX-WXX-1" for "Monday") until the story's reference date is known; {@link
 * DateResolver} resolves them.
 *
 * <p>SUTime is most of CoreNLP's NER time, yet most sentences carry no temporal word; it runs only
 * on sentences with a trigger token (a weekday, a month, a year-like number, a relative time word).
 */
final class DateFinder {
  private static final Set<String> TRIGGERS =
      Set.of(
          "jan.",
          "feb.",
          "mar.",
          "apr.",
          "jun.",
          "jul.",
          "aug.",
          "sep.",
          "sept.",
          "oct.",
          "nov.",
          "dec.",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "ago",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "weekend",
          "decade",
          "morning",
          "afternoon",
          "evening",
          "night",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "earlier",
          "later",
          "recently",
          "now",
          "currently",
          "last",
          "next",
          "day",
          "days",
          "hours",
          "noon",
          "midnight",
          "a.m.",
          "p.m.");

  /** Capitalized relative time words that, inside a sentence, are a name or title, not a day. */
  private static final Set<String> RELATIVE_WORDS =
      Set.of("Today", "Tonight", "Yesterday", "Tomorrow", "Year", "Week", "Month");

  private final TimeAnnotator sutime;

  DateFinder(TimeAnnotator sutime) {
    this.sutime = sutime;
  }

  List<DateMention> find(String text, List<Sentence> sentences, List<CoreMap> coreSentences) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!hasTrigger(sentences.get(i))) {
        continue;
      }
      List<CoreMap> timexes =
          sutime.annotateSingleSentence(coreSentences.get(i), null, new SUTime.TimeIndex());
      for (CoreMap m : timexes) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        Span span = spanOf(m);
        if (t == null || span == null || span.end() > text.length()) {
          continue;
        }
        String value = t.value() != null ? t.value() : t.altVal();
        if (value != null
            && !partOfName(sentences.get(i), span)
            && !notAYear(sentences.get(i), span, value)) {
          out.add(new DateMention(span, i, span.of(text), value, t.timexType()));
        }
      }
    }
    return out;
  }

  /** A bare four-digit "year" that is a time, an address, a count or a number of something. */
  static boolean notAYear(Sentence s, Span span, String value) {
    if (!value.matches("\\d{4}")) {
      return false;
    }
    List<Token> tokens = s.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.span().begin() >= span.begin()
          && t.span().end() <= span.end()
          && t.word().matches("\\d{4}")) {
        return !dev.dossier.text.YearShape.isYear(tokens, k);
      }
    }
    return false;
  }

  private static Span spanOf(CoreMap m) {
    List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
    if (toks != null && !toks.isEmpty()) {
      return new Span(toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition());
    }
    Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return b == null || e == null ? null : new Span(b, e);
  }

  /**
   * A time word inside a name is no date: "USA Today" or "USA TODAY" (the tagger calls it an
   * organization, or not), "the Tonight Show", "NBC's Today" or "Reporter of the Year" (a relative
   * word capitalized after the sentence's first word, in cased text: a title).
   */
  static boolean partOfName(Sentence s, Span span) {
    List<Token> inside =
        s.tokens().stream()
            .filter(t -> t.span().begin() >= span.begin() && t.span().end() <= span.end())
            .toList();
    if (inside.isEmpty()) {
      return false;
    }
    if (inside.stream().allMatch(t -> EntityType.fromNerTag(t.ner()) != null)) {
      return true;
    }
    List<Token> words = inside.stream().filter(t -> !t.word().equals("the")).toList();
    if (words.size() != 1 || !RELATIVE_WORDS.contains(titleCase(words.get(0).word()))) {
      return false;
    }
    // "USA TODAY" writes the name in capitals; a sentence in capitals throughout gives no such
    // hint.
    if (isCapitals(words.get(0).word())
        && s.tokens().stream().noneMatch(t -> t.word().chars().anyMatch(Character::isLowerCase))) {
      return false;
    }
    int k = s.tokens().indexOf(inside.get(0));
    if (k == 0) {
      return false;
    }
    String before = s.tokens().get(k - 1).word();
    // After a quote mark, colon or dash a capital opens a new sentence-like unit ("said: Today we
    // ...").
    return !before.matches("[\"“‘'`:;—–-]+|``|--");
  }

  /** "Today" for "Today" and "TODAY"; "today" stays lowercase, and so is no title. */
  private static String titleCase(String w) {
    return w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  private static boolean isCapitals(String w) {
    return w.length() > 1 && w.chars().noneMatch(Character::isLowerCase);
  }

  static boolean hasTrigger(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (TRIGGERS.contains(w)
          || CalendarWords.contains(w)
          || isYearLike(w)
          || w.endsWith("-day")
          || w.endsWith("-week")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYearLike(String w) {
    if (w.length() != 4 && !(w.length() == 5 && w.endsWith("s"))) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(w.substring(0, 4));
    return y >= 1800 && y <= 2100;
  }
}
