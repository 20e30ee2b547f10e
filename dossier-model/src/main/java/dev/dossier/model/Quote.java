package dev.dossier.model;

import java.util.Objects;

/**
 * A direct quote: the span of the quoted words (without quotation marks), the sentence it starts in,
 * and the span of the words naming its speaker ({@code null} when no speaker was found).
 *
 * @param cue how the speaker was found (for diagnostics and evaluation)
 */
public record Quote(Span span, int sentence, Span speaker, String cue) {
  public Quote {
    Objects.requireNonNull(span);
    cue = cue == null ? "none" : cue;
  }
}
