package dev.dossier.eval;

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
 * Turns a cluster's raw documents into summarizer input exactly as {@code dossier summarize} does: debris
 * cleaning, then CoreNLP sentence splitting. Every system in an evaluation sees the same sentences.
 */
public final class ClusterPreparer {
  private final SentenceSplitter splitter;
  private final ArticleLoader loader = new ArticleLoader();

  public ClusterPreparer(SentenceSplitter splitter) {
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
