package dev.dossier.model;

import java.util.List;

/** Everything the annotation stage knows about one story: its articles, their dates, its actors. */
public record AnnotatedStory(
    List<AnnotatedArticle> articles,
    List<String> labels,
    StoryDates dates,
    StoryEntities entities) {
  public AnnotatedStory {
    articles = List.copyOf(articles);
    labels = List.copyOf(labels);
    if (labels.size() != articles.size()) {
      throw new IllegalArgumentException("one label per article expected");
    }
  }
}
