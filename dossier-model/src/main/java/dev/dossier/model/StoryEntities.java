package dev.dossier.model;

import java.util.List;
import java.util.Map;

/** The story's actors, and which actor each mention refers to. */
public record StoryEntities(List<Entity> entities, Map<MentionRef, String> entityOf) {
  public StoryEntities {
    entities = List.copyOf(entities);
    entityOf = Map.copyOf(entityOf);
  }

  public Entity byId(String id) {
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }
}
