package dev.dossier.model;

import java.util.Objects;
import java.util.Set;

/**
 * A direct quote: the span of the quoted words (without quotation marks), the sentence it starts
 * in, and the span of the words naming its speaker ({@code null} when no speaker was found).
 *
 * @param cue how the speaker was found: the lemma of the speech verb that names them ("say"),
 *     {@link #ACCORDING_TO}, the name of another attributor, or one of the inferred cues below
 */
public record Quote(Span span, int sentence, Span speaker, String cue) {
  /** "according to Jo Bell": the speaker is named after "according to". */
  public static final String ACCORDING_TO = "according-to";

  /** No speaker found. */
  public static final String NONE = "none";

  /**
   * The speech verb's subject is a pronoun ("…,” he said."); the speaker is the attributor's
   * antecedent for it.
   */
  public static final String PRONOUN = "pronoun";

  /** The speaker of the quote before, which this one continues. */
  public static final String CONTINUATION = "continuation";

  /** The person named nearest before the quote in its sentence, with no speech verb. */
  public static final String NEAREST_PERSON = "nearest-person";

  /** The subject of the quote's sentence, with no speech verb. */
  public static final String SENTENCE_SUBJECT = "sentence-subject";

  /** A speech verb whose subject the text does not name ("a prosecutor said"). */
  public static final String UNNAMED_SUBJECT = "unnamed-subject";

  private static final Set<String> INFERRED =
      Set.of(NONE, PRONOUN, CONTINUATION, NEAREST_PERSON, SENTENCE_SUBJECT, UNNAMED_SUBJECT);

  public Quote {
    Objects.requireNonNull(span);
    cue = cue == null ? NONE : cue;
  }

  /**
   * Whether the text names the speaker with the quote: a speech verb's named subject or object ("Jo
   * Bell said", "said Jo Bell") or "according to Jo Bell". The other speakers are the attributor's
   * inferences.
   */
  public boolean speakerNamed() {
    return speaker != null && !INFERRED.contains(cue);
  }
}
