package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.DateMention;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import dev.dossier.text.CalendarWords;
import dev.dossier.text.DateResolver;
import dev.dossier.text.ResolvedDate;
import dev.dossier.text.Tense;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values a sentence states: counts and amounts with their head noun, points in time
 * (resolved against the article's reference date, with part of day), and lengths in days. Each
 * value records the verb it hangs on and the proper names on that verb's subject side, so that two
 * values are only compared when they are about the same thing.
 */
final class ValueExtractor {
  private static final Set<String> LIGHT_VERBS =
      Set.of("be", "have", "do", "say", "tell", "report", "add", "accord");
  private static final Map<String, Double> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("twenty", 20.0),
          Map.entry("dozen", 12.0),
          Map.entry("hundred", 100.0));
  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  private static final Pattern DAYS = Pattern.compile("^P(\\d+)D$");
  private static final Pattern PART_OF_DAY = Pattern.compile("T(MO|AF|EV|NI|\\d{2}:\\d{2})");

  /** How far from its verb a value may stand and still hang on it. */
  private static final int VERB_WINDOW = 6;

  /**
   * Values of a sentence; {@code placeIds} maps place mentions of the sentence (by start offset) to
   * entity ids.
   */
  List<StatedValue> extract(
      AnnotatedArticle a, Sentence s, LocalDate ref, Map<Integer, String> placeIds) {
    List<StatedValue> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    boolean[] inDate = new boolean[toks.size()];
    List<DateMention> dates = new ArrayList<>();
    for (DateMention d : a.dates()) {
      if (d.sentence() == s.index()) {
        dates.add(d);
        for (int i = 0; i < toks.size(); i++) {
          inDate[i] |= d.span().contains(toks.get(i).span());
        }
      }
    }
    quantities(a.text(), toks, inDate, out);
    times(a, s, dates, ref, out);
    lengths(a.text(), s, dates, ref, out);
    places(a.text(), s, placeIds, out);
    return out;
  }

  private void places(
      String text, Sentence s, Map<Integer, String> placeIds, List<StatedValue> out) {
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      String id = placeIds.get(toks.get(i).span().begin());
      String prep = toks.get(i - 1).word().toLowerCase(Locale.ROOT);
      if (id != null && (prep.equals("in") || prep.equals("at"))) {
        int end = i;
        while (end + 1 < toks.size() && toks.get(end + 1).pos().startsWith("NNP")) {
          end++;
        }
        out.add(
            new StatedValue.Place(
                id,
                verbatim(text, toks, i, end + 1),
                anchor(toks, i),
                subjectNames(toks, i),
                subjectNoun(toks, i)));
      }
    }
  }

  private void quantities(String text, List<Token> toks, boolean[] inDate, List<StatedValue> out) {
    for (int i = 0; i < toks.size(); i++) {
      Double amount = number(toks.get(i));
      if (amount == null || inDate[i] || !toks.get(i).pos().equals("CD")) {
        continue;
      }
      int start = i;
      if (i > 0 && (toks.get(i - 1).word().equals("$") || toks.get(i - 1).word().equals("€"))) {
        start = i - 1;
      }
      int j = i + 1;
      while (j < toks.size() && SCALES.containsKey(toks.get(j).word().toLowerCase(Locale.ROOT))) {
        amount *= SCALES.get(toks.get(j).word().toLowerCase(Locale.ROOT));
        j++;
      }
      String unit = start < i ? "dollar" : null;
      int end = j;
      while (j < toks.size()
          && j <= end + 3
          && (toks.get(j).pos().startsWith("JJ") || toks.get(j).pos().startsWith("NN"))) {
        if (toks.get(j).pos().startsWith("NN")) {
          unit = toks.get(j).lemma().toLowerCase(Locale.ROOT);
          end = j + 1;
        }
        j++;
      }
      if (unit == null && j < toks.size() && toks.get(j).word().equals("%")) {
        unit = "percent";
        end = j + 1;
      }
      if (unit == null || unit.equals("%")) {
        unit = unit == null ? null : "percent";
      }
      if (unit != null && !isYear(amount, toks.get(i))) {
        String words = verbatim(text, toks, start, Math.max(end, i + 1));
        out.add(
            new StatedValue.Quantity(
                amount, unit, words, anchor(toks, i), subjectNames(toks, i), subjectNoun(toks, i)));
      }
      i = Math.max(i, end - 1);
    }
  }

  private void times(
      AnnotatedArticle a,
      Sentence s,
      List<DateMention> dates,
      LocalDate ref,
      List<StatedValue> out) {
    for (DateMention d : dates) {
      if (!d.type().equals("DATE") && !d.type().equals("TIME")) {
        continue;
      }
      ResolvedDate r =
          DateResolver.resolve(d.value(), ref, dev.dossier.text.ClauseTense.of(s, d.span()));
      if (r == null || !r.isDay()) {
        continue;
      }
      Matcher m = PART_OF_DAY.matcher(d.value());
      String part = m.find() ? partOfDay(m.group(1)) : null;
      int tok = tokenAt(s, d.span().begin());
      out.add(
          new StatedValue.PointInTime(
              r.start(),
              part,
              d.text(),
              anchor(s.tokens(), tok),
              subjectNames(s.tokens(), tok),
              subjectNoun(s.tokens(), tok)));
    }
  }

  private void lengths(
      String text, Sentence s, List<DateMention> dates, LocalDate ref, List<StatedValue> out) {
    List<Token> toks = s.tokens();
    for (int k = 0; k < dates.size(); k++) {
      DateMention d = dates.get(k);
      int tok = tokenAt(s, d.span().begin());
      Matcher m = DAYS.matcher(d.value());
      if (d.type().equals("DURATION") && m.matches()) {
        int last = tokenAt(s, d.span().end() - 1);
        String noun = nounAfter(toks, last + 1);
        if (noun != null) {
          out.add(
              new StatedValue.Length(
                  Integer.parseInt(m.group(1)),
                  Set.of(noun),
                  d.text(),
                  anchor(toks, tok),
                  subjectNames(toks, tok),
                  subjectNoun(toks, tok)));
        }
      }
      // "from Sunday to Wednesday": a range, counted inclusively.
      if (k + 1 < dates.size() && tok > 0 && toks.get(tok - 1).word().equalsIgnoreCase("from")) {
        DateMention e = dates.get(k + 1);
        int eTok = tokenAt(s, e.span().begin());
        if (eTok > 0
            && Set.of("to", "through", "until", "till")
                .contains(toks.get(eTok - 1).word().toLowerCase(Locale.ROOT))) {
          ResolvedDate a = DateResolver.resolve(d.value(), ref, Tense.PAST);
          ResolvedDate b = DateResolver.resolve(e.value(), ref, Tense.PAST);
          Set<String> nouns = commonNouns(toks);
          if (a != null
              && b != null
              && a.isDay()
              && b.isDay()
              && !b.start().isBefore(a.start())
              && !nouns.isEmpty()) {
            int days = (int) ChronoUnit.DAYS.between(a.start(), b.start()) + 1;
            String words = verbatim(text, toks, tok - 1, tokenAt(s, e.span().end() - 1) + 1);
            out.add(
                new StatedValue.Length(
                    days,
                    nouns,
                    words,
                    anchor(toks, tok),
                    subjectNames(toks, tok),
                    subjectNoun(toks, tok)));
          }
        }
      }
    }
  }

  /**
   * The content verb the value hangs on: the nearest before it within the window, else after; -1 if
   * none.
   */
  static int anchorIndex(List<Token> toks, int at) {
    for (int i = at - 1; i >= Math.max(0, at - VERB_WINDOW); i--) {
      if (isContentVerb(toks.get(i))) {
        return i;
      }
    }
    for (int i = at + 1; i < Math.min(toks.size(), at + VERB_WINDOW + 1); i++) {
      if (isContentVerb(toks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isContentVerb(Token t) {
    return t.pos().startsWith("VB") && !LIGHT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The head noun of the verb's subject ("The inquiry will open" gives "inquiry"), or "". */
  static String subjectNoun(List<Token> toks, int at) {
    int verb = anchorIndex(toks, at);
    for (int i = verb - 1; i >= Math.max(0, verb - 6) && verb > 0; i--) {
      Token t = toks.get(i);
      if (t.pos().equals("NN") || t.pos().equals("NNS")) {
        return t.lemma().toLowerCase(Locale.ROOT);
      }
      boolean auxiliary =
          t.pos().equals("MD")
              || Set.of("be", "have", "do").contains(t.lemma().toLowerCase(Locale.ROOT));
      if (!auxiliary && !t.pos().equals("RB")) {
        return "";
      }
    }
    return "";
  }

  static String anchor(List<Token> toks, int at) {
    int i = anchorIndex(toks, at);
    return i < 0 ? "" : toks.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * Who or what the value is about: the proper names between its verb and the verb before it ("the
   * Evening Star, a sister ship, left" gives {evening, star}). Weekday and month names are values,
   * not names.
   */
  static Set<String> subjectNames(List<Token> toks, int at) {
    Set<String> names = new HashSet<>();
    int verb = anchorIndex(toks, at);
    if (verb < 0) {
      return names;
    }
    for (int i = verb - 1; i >= Math.max(0, verb - 12); i--) {
      Token t = toks.get(i);
      boolean auxiliary =
          t.pos().equals("MD")
              || Set.of("be", "have", "do").contains(t.lemma().toLowerCase(Locale.ROOT));
      if (t.pos().startsWith("VB") && !auxiliary) {
        break;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("NNP") && !CalendarWords.contains(w)) {
        names.add(w);
      }
    }
    return names;
  }

  private static String nounAfter(List<Token> toks, int from) {
    for (int j = from; j < Math.min(toks.size(), from + 3); j++) {
      if (toks.get(j).pos().startsWith("NN")) {
        return toks.get(j).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * For a range the thing that lasted is named elsewhere in its sentence: any of its common nouns
   * may be it.
   */
  private static Set<String> commonNouns(List<Token> toks) {
    Set<String> out = new HashSet<>();
    for (Token t : toks) {
      if (t.pos().equals("NN") || t.pos().equals("NNS")) {
        out.add(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String partOfDay(String code) {
    return switch (code) {
      case "MO" -> "morning";
      case "AF" -> "afternoon";
      case "EV" -> "evening";
      case "NI" -> "night";
      default -> {
        int h = Integer.parseInt(code.substring(0, 2));
        yield h >= 5 && h < 12
            ? "morning"
            : h >= 12 && h < 17 ? "afternoon" : h >= 17 && h < 21 ? "evening" : "night";
      }
    };
  }

  private static Double number(Token t) {
    String w = t.word().replace(",", "");
    try {
      return Double.parseDouble(w);
    } catch (NumberFormatException e) {
      return NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
    }
  }

  private static boolean isYear(double amount, Token t) {
    return amount >= 1800
        && amount <= 2100
        && amount == Math.rint(amount)
        && !t.word().contains(",");
  }

  private static int tokenAt(Sentence s, int offset) {
    List<Token> toks = s.tokens();
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).span().end() > offset) {
        return i;
      }
    }
    return toks.size() - 1;
  }

  /** The article's own text from token {@code from} to before token {@code to}. */
  private static String verbatim(String text, List<Token> toks, int from, int to) {
    int b = toks.get(Math.max(0, from)).span().begin();
    int e = toks.get(Math.min(to, toks.size()) - 1).span().end();
    return text.substring(b, e);
  }
}
