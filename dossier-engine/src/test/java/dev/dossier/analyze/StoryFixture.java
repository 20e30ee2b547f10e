package dev.dossier.analyze;

import dev.dossier.annotate.ArticleAnnotator;
import dev.dossier.annotate.CoreNlpModels;
import dev.dossier.annotate.StoryAnnotator;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotated stories for analyzer tests: one article per text ("Outlet 1", ...), all published
 * 2025-03-12, or with no publication date ({@link #undated}).
 */
public final class StoryFixture {
  private StoryFixture() {}

  public static AnnotatedStory of(String... texts) {
    return annotate(LocalDate.of(2025, 3, 12), texts);
  }

  /** Articles without a publication date: the reference date is inferred from their texts. */
  public static AnnotatedStory undated(String... texts) {
    return annotate(null, texts);
  }

  private static AnnotatedStory annotate(LocalDate published, String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(new Article("a" + i, null, "Outlet " + i, null, published, null, texts[i]));
    }
    return new StoryAnnotator(new ArticleAnnotator(CoreNlpModels.shared()), 1)
        .annotate(articles, null, w -> {});
  }
}
