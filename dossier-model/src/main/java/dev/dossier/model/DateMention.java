package dev.dossier.model;

import java.util.Objects;

/**
 * A temporal expression as SUTime read it without any document date: {@code value} is its TIMEX3
 * value, which may be underspecified ("XXXX-03-26", "XXXX-WXX-1") until resolved against a
 * reference date.
 */
public record DateMention(Span span, int sentence, String text, String value, String type) {
  public DateMention {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(value);
    type = type == null ? "DATE" : type;
  }
}
