package dev.dossier.analyze.summary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence opens on a word that points back at the sentence before it: a personal pronoun
 * ("He was later released.", "Their boat sank.") or a demonstrative ("That decision angered
 * crews.", "Such a delay is rare."). Quoted on its own in a summary, such a sentence leaves the
 * reader asking who "he" is. A word list and not coreference: the summarizer's input comes from a
 * fast splitter without parses, and what matters is only the opening word, which a list covers.
 *
 * <p>Two openings do not point back: "This"/"These" before a time word ("This week, the council
 * voted …") point at the time of writing, and "It" as a placeholder subject before a judgement ("It
 * is not clear whether …", "It's believed the ferry …") points forward to its own clause.
 */
public final class BackReference {
  private static final Set<String> POINTERS =
      Set.of(
          "he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "this", "that",
          "these", "those", "such");
  private static final Set<String> NOW =
      Set.of(
          "week",
          "weekend",
          "month",
          "year",
          "morning",
          "afternoon",
          "evening",
          "days",
          "season",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "time",
          "century",
          "decade");
  private static final Set<String> JUDGEMENTS =
      Set.of(
          "not",
          "unclear",
          "clear",
          "possible",
          "impossible",
          "likely",
          "unlikely",
          "believed",
          "thought",
          "expected",
          "understood",
          "reported",
          "said",
          "feared",
          "hoped",
          "estimated",
          "known",
          "unknown",
          "important",
          "hard",
          "difficult",
          "easy",
          "true",
          "worth",
          "too",
          "now",
          "still",
          "also");
  private static final Set<String> BE =
      Set.of("is", "was", "seems", "seemed", "remains", "remained");
  // The first word, with a contraction ("It's", "That’s") split off, and the two words after it.
  private static final Pattern OPENING =
      Pattern.compile("^\\s*(\\p{L}+)(?:['’](\\p{L}+))?(?:\\s+(\\p{L}+))?(?:\\s+(\\p{L}+))?");

  private BackReference() {}

  /** True when {@code statement}, read from its first word, leans on the sentence before it. */
  public static boolean leansBack(String statement) {
    Matcher m = OPENING.matcher(statement);
    if (!m.find() || !Character.isUpperCase(m.group(1).charAt(0))) {
      return false;
    }
    String first = m.group(1).toLowerCase(Locale.ROOT);
    if (!POINTERS.contains(first)) {
      return false;
    }
    // Missing words read as "": the immutable sets reject null lookups.
    String contraction = lower(m.group(2));
    String next = lower(m.group(3));
    if ((first.equals("this") || first.equals("these"))
        && contraction.isEmpty()
        && NOW.contains(next)) {
      return false;
    }
    if (first.equals("it")) {
      // "It's possible …" or "It is possible …": the judgement comes right after the verb.
      String afterVerb =
          contraction.equals("s") ? next : BE.contains(next) ? lower(m.group(4)) : "";
      return !JUDGEMENTS.contains(afterVerb);
    }
    return true;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
