package dev.dossier.engine;

import dev.dossier.ingest.ArticleLoader;
import dev.dossier.ingest.IngestProblem;
import dev.dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Cleans a stream of articles on several threads and hands them on in their original order:
 * cleaning is the costly step of ingest and grouping (about 150 full-length articles a second on
 * one core), while grouping must see the stream in order. Articles are cleaned a batch at a time;
 * memory holds one batch. {@link ArticleLoader#cleanOne} keeps no state, so threads share it.
 */
final class ParallelCleaning implements AutoCloseable {
  /** Articles cleaned together: enough to keep every thread busy, few enough to hold in memory. */
  static final int BATCH = 256;

  /** An article as read, as cleaned (null if cleaning left nothing), and what went wrong. */
  record Cleaned(Article raw, Article article, List<IngestProblem> problems) {}

  private final ArticleLoader loader;
  private final Consumer<Cleaned> sink;
  private final ExecutorService pool;
  private final List<Article> batch = new ArrayList<>(BATCH);

  ParallelCleaning(ArticleLoader loader, int threads, Consumer<Cleaned> sink) {
    this.loader = loader;
    this.sink = sink;
    this.pool =
        threads <= 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "dossier-clean");
                  t.setDaemon(true);
                  return t;
                });
  }

  void accept(Article raw) {
    batch.add(raw);
    if (batch.size() >= BATCH) {
      flush();
    }
  }

  /** Cleans and hands on what is buffered. */
  void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<Article> now = new ArrayList<>(batch);
    batch.clear();
    if (pool == null) {
      now.forEach(a -> sink.accept(clean(a)));
      return;
    }
    List<Future<Cleaned>> done = new ArrayList<>(now.size());
    for (Article a : now) {
      done.add(pool.submit(() -> clean(a)));
    }
    for (Future<Cleaned> f : done) {
      try {
        sink.accept(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while cleaning", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private Cleaned clean(Article raw) {
    List<IngestProblem> problems = new ArrayList<>(1);
    Article a = loader.cleanOne(raw, problems::add);
    return new Cleaned(raw, a, problems);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
