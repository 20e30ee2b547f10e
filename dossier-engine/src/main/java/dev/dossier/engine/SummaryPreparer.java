package dev.dossier.engine;

import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.SummaryInputs;
import dev.dossier.annotate.SentenceSplitter;
import dev.dossier.ingest.ArticleLoader;
import dev.dossier.ingest.InputException;
import dev.dossier.ingest.Paragraphs;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a cluster's raw documents into summarizer input: debris cleaning, then CoreNLP sentence
 * splitting. {@link Dossier#summarize} and every system of an evaluation go through it, so what is
 * summarized in production is what is scored. Thread-safe.
 */
public final class SummaryPreparer {
  private final SentenceSplitter splitter;
  private final ArticleLoader loader = new ArticleLoader();

  SummaryPreparer(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** The cleaned, split documents; empty when no document has text left. */
  public SummaryInput prepare(String id, List<String> documents) {
    List<Article> raw = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String text = Paragraphs.normalize(documents.get(i));
      if (!text.isEmpty()) {
        raw.add(new Article(id + "#" + (i + 1), null, null, null, null, null, text));
      }
    }
    List<Article> clean;
    try {
      clean = raw.isEmpty() ? List.of() : loader.clean(raw, List.of()).articles();
    } catch (InputException e) {
      clean = List.of();
    }
    List<AnnotatedArticle> split = clean.stream().map(splitter::split).toList();
    return SummaryInputs.of(split);
  }
}
