package dev.dossier.analyze;

import dev.dossier.annotate.AnnotatedStory;
import dev.dossier.annotate.ArticleAnnotator;
import dev.dossier.annotate.CoreNlpModels;
import dev.dossier.annotate.StoryAnnotator;
import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Annotated stories for analyzer tests: one article per text ("Outlet 1", ...), all published 2025-03-12. */
public final class StoryFixture {
  private StoryFixture() {}

  public static AnnotatedStory of(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(new Article("a" + i, null, "Outlet " + i, null, LocalDate.of(2025, 3, 12), null, texts[i]));
    }
    return new StoryAnnotator(new ArticleAnnotator(CoreNlpModels.shared()), 1).annotate(articles, null, w -> { });
  }
}
