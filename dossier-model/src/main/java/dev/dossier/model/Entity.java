package dev.dossier.model;

import java.util.List;

/** An actor of the story: mentions across articles merged under their fullest name. */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    int mentions,
    List<String> articleIds) {
  public Entity {
    aliases = List.copyOf(aliases);
    articleIds = List.copyOf(articleIds);
    if (mentions < 1) {
      throw new IllegalArgumentException("entity without mentions: " + name);
    }
  }
}
