package dev.dossier.analyze.agreement;

import java.time.LocalDate;

/**
 * A value a sentence states, with what it is about: the verb it hangs on ({@code anchor}, a lemma,
 * or ""), the proper names standing just before that verb (its subject side), and the verbatim
 * words.
 */
sealed interface StatedValue {
  String text();

  String anchor();

  java.util.Set<String> subjectNames();

  /**
   * Head noun of the subject of {@link #anchor()} when it is a common noun ("the inquiry"), else
   * "".
   */
  String subjectNoun();

  /** "350 crew members": amount 350 of "member". */
  record Quantity(
      double amount,
      String unit,
      String text,
      String anchor,
      java.util.Set<String> subjectNames,
      String subjectNoun)
      implements StatedValue {}

  /** "Tuesday evening": a day and a part of it (morning, afternoon, evening, night), or none. */
  record PointInTime(
      LocalDate day,
      String partOfDay,
      String text,
      String anchor,
      java.util.Set<String> subjectNames,
      String subjectNoun)
      implements StatedValue {}

  /** "in Tarn": a place, as the resolved entity id, after "in" or "at". */
  record Place(
      String entity,
      String text,
      String anchor,
      java.util.Set<String> subjectNames,
      String subjectNoun)
      implements StatedValue {}

  /**
   * "a three-day festival", "from Friday to Sunday": a length in days, and the nouns that may name
   * what lasted (the noun it qualifies, or for a range every common noun of its sentence).
   */
  record Length(
      int days,
      java.util.Set<String> nouns,
      String text,
      String anchor,
      java.util.Set<String> subjectNames,
      String subjectNoun)
      implements StatedValue {
    public Length {
      nouns = java.util.Set.copyOf(nouns);
    }
  }
}
