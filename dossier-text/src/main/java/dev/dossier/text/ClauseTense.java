package dev.dossier.text;

import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause a date expression belongs to, from the verbs of that clause rather than
 * from any word of the sentence: in "Talks will resume, the city said on Thursday" the Thursday
 * belongs to "said" (past), and in "the first session would take place on Friday" to "would take"
 * (future). A clause is the stretch between commas, semicolons, colons, dashes and quotation marks;
 * an expression whose own stretch has no verb ("On Tuesday, the mayor will ...") takes the nearest
 * stretch that has one, the following first.
 *
 * <p>Written by hand: CoreNLP's dependency parser would give the governing verb exactly, but costs
 * about ten times the rest of annotation; the clause's part-of-speech tags carry the tense.
 */
public final class ClauseTense {
  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "shall", "'ll", "’ll", "wo", "would");

  /** Participles and adjectives that, before "to", put what follows ahead: "expected to vote". */
  private static final Set<String> PLANNED =
      Set.of(
          "scheduled",
          "expected",
          "set",
          "due",
          "planned",
          "planning",
          "plans",
          "plan",
          "going",
          "slated",
          "poised");

  private static final Set<String> BOUNDARIES =
      Set.of(",", ";", ":", "--", "—", "–", "\"", "``", "''", "“", "”", "-LRB-", "-RRB-", "(", ")");

  private ClauseTense() {}

  /** The tense of the clause holding {@code expression}; past when the clause says nothing. */
  public static Tense of(Sentence sentence, Span expression) {
    List<Token> tokens = sentence.tokens();
    int at = firstTokenAt(tokens, expression);
    if (at < 0) {
      return Tense.of(sentence);
    }
    int start = at;
    while (start > 0 && !BOUNDARIES.contains(tokens.get(start - 1).word())) {
      start--;
    }
    int end = at;
    while (end < tokens.size() && !BOUNDARIES.contains(tokens.get(end).word())) {
      end++;
    }
    Tense own = nearest(tokens, start, end, at);
    if (own == null) {
      own = read(tokens, start, end);
    }
    if (own != null) {
      return own;
    }
    // No verb of its own ("On Tuesday, ..."): the clause after it, else the one before.
    int nextEnd = end + 1;
    while (nextEnd < tokens.size() && !BOUNDARIES.contains(tokens.get(nextEnd).word())) {
      nextEnd++;
    }
    Tense next = end < tokens.size() ? read(tokens, end + 1, nextEnd) : null;
    if (next != null) {
      return next;
    }
    int prevStart = Math.max(0, start - 1);
    while (prevStart > 0 && !BOUNDARIES.contains(tokens.get(prevStart - 1).word())) {
      prevStart--;
    }
    Tense prev = start > 0 ? read(tokens, prevStart, start - 1) : null;
    return prev != null ? prev : Tense.PAST;
  }

  /**
   * The tense of the verb nearest the expression within its clause, or null when it gives none: in
   * "officials said Friday they would send troops" Friday belongs to "said", in "talks will resume
   * Friday" to "will resume".
   */
  private static Tense nearest(List<Token> tokens, int from, int to, int at) {
    for (int d = 1; d < to - from; d++) {
      for (int i : new int[] {at - d, at + d}) {
        if (i < from || i >= to) {
          continue;
        }
        Tense t = verbTense(tokens, i, from);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** The tense token {@code i} marks as a verb: past, future (a modal or one after it), or null. */
  private static Tense verbTense(List<Token> tokens, int i, int from) {
    Token t = tokens.get(i);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.pos().equals("MD")) {
      return FUTURE_MODALS.contains(w) ? Tense.FUTURE : null;
    }
    if (!t.pos().startsWith("VB")) {
      return null;
    }
    for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
      Token before = tokens.get(k);
      if (before.pos().equals("MD")) {
        return FUTURE_MODALS.contains(before.word().toLowerCase(Locale.ROOT)) ? Tense.FUTURE : null;
      }
      if (before.word().equalsIgnoreCase("to")
          && k > from
          && PLANNED.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
        return Tense.FUTURE;
      }
    }
    return t.pos().equals("VBD") || t.pos().equals("VBN") ? Tense.PAST : null;
  }

  /** The tense the verbs of tokens [from, to) carry, or null when there is no verb. */
  private static Tense read(List<Token> tokens, int from, int to) {
    boolean verb = false;
    boolean past = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      String pos = t.pos();
      if (pos.equals("MD") && FUTURE_MODALS.contains(w)) {
        return Tense.FUTURE;
      }
      if (PLANNED.contains(w) && i + 1 < to && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
        return Tense.FUTURE;
      }
      if (w.equals("next") || w.equals("upcoming") || w.equals("coming")) {
        return Tense.FUTURE;
      }
      if (pos.startsWith("VB") || pos.equals("MD")) {
        verb = true;
        past |= pos.equals("VBD") || pos.equals("VBN");
      }
    }
    if (!verb) {
      return null;
    }
    return past ? Tense.PAST : null;
  }

  private static int firstTokenAt(List<Token> tokens, Span expression) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() > expression.begin()) {
        return tokens.get(i).span().begin() < expression.end() ? i : -1;
      }
    }
    return -1;
  }
}
