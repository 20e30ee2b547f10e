package dev.dossier.text;

import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import java.util.Locale;

/**
 * Whether a sentence speaks of the future: decides if a bare weekday means the coming one or the
 * past one. News reports mostly tell what happened, so past is the default.
 */
public enum Tense {
  PAST,
  FUTURE;

  public static Tense of(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean modal =
          t.pos().equals("MD")
              && (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("’ll"));
      if (modal || w.equals("next") || w.equals("upcoming") || w.equals("scheduled")) {
        return FUTURE;
      }
    }
    return PAST;
  }
}
