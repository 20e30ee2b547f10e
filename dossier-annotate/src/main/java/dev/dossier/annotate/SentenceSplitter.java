package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
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
    List<Sentence> out = new ArrayList<>();
    boolean cased = LeadingFurniture.looksCased(article.text());
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(new Span(t.beginPosition(), t.endPosition()), t.originalText(), null, null, null));
      }
      Span span = new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      out.add(LeadingFurniture.sentence(out.size(), span, tokens, article.text(), cased));
    }
    return new AnnotatedArticle(article, CaptionSentences.mark(out, article.text()), List.of(), List.of(), List.of());
  }
}
