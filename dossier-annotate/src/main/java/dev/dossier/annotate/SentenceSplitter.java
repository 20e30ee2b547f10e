package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.Sentence;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;

/**
 * Sentences and tokens only (CoreNLP tokenize + ssplit, ~40k tokens/s): what batch summarization needs.
 * The result is an {@link AnnotatedArticle} without mentions, quotes or dates.
 */
public final class SentenceSplitter {
  private final CoreNlpModels models;

  public SentenceSplitter(CoreNlpModels models) {
    this.models = models;
  }

  public AnnotatedArticle split(Article article) {
    Annotation doc = new Annotation(article.text());
    models.splitter().annotate(doc);
    List<Sentence> sentences = CoreNlpSentences.of(article.text(), doc.get(CoreAnnotations.SentencesAnnotation.class));
    return new AnnotatedArticle(article, sentences, List.of(), List.of(), List.of());
  }
}
