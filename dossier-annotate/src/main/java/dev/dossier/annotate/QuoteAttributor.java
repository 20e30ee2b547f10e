package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import java.util.List;

/**
 * Finds who said each quote of an article. Implementations are compared in {@code dossier
 * bench-quotes}.
 */
public interface QuoteAttributor {
  String name();

  /** One {@link Quote} per span, in the same order; speaker null where none is found. */
  List<Quote> attribute(AnnotatedArticle article, List<Span> quoteSpans);
}
