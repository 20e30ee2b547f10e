package dev.dossier.model;

import java.util.Objects;

/** A named-entity mention in one article. */
public record Mention(Span span, String text, EntityType type, int sentence) {
  public Mention {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(type);
  }
}
