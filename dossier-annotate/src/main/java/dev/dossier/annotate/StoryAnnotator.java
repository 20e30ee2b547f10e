package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Article;
import dev.dossier.model.StoryDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Annotates the articles of one story in parallel, then resolves what needs the whole story:
 * reference dates and actors. Articles keep their input order; labels are "s1", "s2", ... in that
 * order.
 */
public final class StoryAnnotator {
  private final ArticleAnnotator annotator;
  private final int threads;

  public StoryAnnotator(ArticleAnnotator annotator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.annotator = annotator;
    this.threads = threads;
  }

  /**
   * @param givenDate reference date supplied by the user, or null to use metadata or infer it
   * @param progress called with the number of words of each article once it is annotated
   */
  public AnnotatedStory annotate(
      List<Article> articles, LocalDate givenDate, IntConsumer progress) {
    List<AnnotatedArticle> done = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, Math.max(1, articles.size())),
            r -> {
              Thread t = new Thread(r, "dossier-annotate");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      // Longest first keeps both cores busy to the end.
      List<Article> byLength = new ArrayList<>(articles);
      byLength.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
      for (Article a : byLength) {
        futures.add(
            pool.submit(
                () -> {
                  AnnotatedArticle r = annotator.annotate(a);
                  progress.accept(a.words());
                  return r;
                }));
      }
      for (Future<AnnotatedArticle> f : futures) {
        done.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("annotation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<AnnotatedArticle> ordered = new ArrayList<>();
    for (Article a : articles) {
      for (AnnotatedArticle x : done) {
        if (x.article() == a) {
          ordered.add(x);
        }
      }
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      labels.add("s" + (i + 1));
    }
    StoryDates dates = new ReferenceDateResolver().resolve(ordered, labels, givenDate);
    return new AnnotatedStory(ordered, labels, dates, new EntityResolver().resolve(ordered));
  }
}
