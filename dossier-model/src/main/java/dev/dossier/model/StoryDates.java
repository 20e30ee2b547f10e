package dev.dossier.model;

import java.util.Map;

/**
 * The reference date of each article (by article id) and the one the briefing states for the story.
 */
public record StoryDates(Map<String, ReferenceDate> perArticle, ReferenceDate story) {
  public StoryDates {
    perArticle = Map.copyOf(perArticle);
  }

  public ReferenceDate of(String articleId) {
    return perArticle.getOrDefault(articleId, story);
  }
}
