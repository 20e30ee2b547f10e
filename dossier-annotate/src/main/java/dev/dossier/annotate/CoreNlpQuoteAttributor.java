package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote attribution (the {@code quote} annotator with dependency parsing and
 * coreference), wrapped as a {@link QuoteAttributor} so the two attributors can be compared on the
 * same quotes. It re-annotates the article with its own, much heavier pipeline (≈30 s to load, ~1
 * GB), so it is not the default; see {@code AttributorComparisonTest} for the figures.
 */
public final class CoreNlpQuoteAttributor implements QuoteAttributor {
  private final StanfordCoreNLP pipeline;

  public CoreNlpQuoteAttributor() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ner.applyFineGrained", "false");
    CoreNlpModels.splitterProperties(
        p); // same sentences as the main pipeline, so quote spans line up
    p.setProperty("quote.attributeQuotes", "true");
    this.pipeline = new StanfordCoreNLP(p);
  }

  @Override
  public String name() {
    return "corenlp-quote";
  }

  @Override
  public List<Quote> attribute(AnnotatedArticle article, List<Span> quoteSpans) {
    Annotation doc = new Annotation(article.text());
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<Quote> out = new ArrayList<>();
    for (Span q : quoteSpans) {
      Span speaker = null;
      for (CoreMap c : found == null ? List.<CoreMap>of() : found) {
        Span cs =
            new Span(
                c.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                c.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        if (cs.overlaps(q)) {
          speaker = speakerSpan(c, tokens);
          break;
        }
      }
      out.add(
          new Quote(
              q,
              Math.max(0, article.sentenceAt(q.begin())),
              speaker,
              speaker == null ? Quote.NONE : name()));
    }
    return out;
  }

  private static Span speakerSpan(CoreMap quote, List<CoreLabel> tokens) {
    Integer b = quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class);
    Integer e = quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class);
    if (b == null || e == null) {
      b = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      e = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
    }
    if (b == null || e == null || b < 0 || e >= tokens.size()) {
      return null;
    }
    return new Span(tokens.get(b).beginPosition(), tokens.get(e).endPosition());
  }
}
