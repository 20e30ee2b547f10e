package dev.dossier.engine;

import dev.dossier.analyze.summary.LearnedSummarizer;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.annotate.ArticleAnnotator;
import dev.dossier.annotate.CoreNlpModels;
import dev.dossier.annotate.SentenceSplitter;
import java.util.function.Supplier;

/**
 * The one holder of every heavy resource: CoreNLP's models, the learned summarizer (scorer,
 * reranker, lexicon, sentence embedder). Each loads on first use, once, and is then shared
 * read-only by every thread, so a command that never annotates never pays for the NER models.
 * Internal to the engine.
 */
final class EngineResources {
  private final Supplier<CoreNlpModels> models = Lazy.of(CoreNlpModels::shared);
  private final Supplier<Summarizer> summarizer = Lazy.of(LearnedSummarizer::new);
  private final Supplier<ArticleAnnotator> annotator =
      Lazy.of(() -> new ArticleAnnotator(models.get()));
  private final Supplier<SummaryPreparer> preparer =
      Lazy.of(() -> new SummaryPreparer(new SentenceSplitter(models.get())));

  CoreNlpModels models() {
    return models.get();
  }

  Summarizer summarizer() {
    return summarizer.get();
  }

  ArticleAnnotator annotator() {
    return annotator.get();
  }

  SummaryPreparer preparer() {
    return preparer.get();
  }

  /**
   * A value computed once, on first use, by whichever thread asks first; the others wait for it.
   */
  static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
      this.make = make;
    }

    static <T> Lazy<T> of(Supplier<T> make) {
      return new Lazy<>(make);
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = make.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
