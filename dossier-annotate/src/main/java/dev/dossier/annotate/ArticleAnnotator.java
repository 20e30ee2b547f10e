package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Article;
import dev.dossier.model.DateMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotates one article: sentences, tokens, lemmas, NER mentions, temporal expressions and quotes
 * with speakers. Stateless and thread-safe; the models come from {@link CoreNlpModels}.
 *
 * <p>Requires: cleaned article text. Produces: {@link AnnotatedArticle} whose spans all lie in the
 * text.
 */
public final class ArticleAnnotator {
  private final CoreNlpModels models;
  private final DateFinder dates;
  private final QuoteFinder quotes;
  private final QuoteAttributor attributor;

  public ArticleAnnotator(CoreNlpModels models, QuoteAttributor attributor, int minQuoteWords) {
    this.models = models;
    this.dates = new DateFinder(models.sutime());
    this.quotes = new QuoteFinder(minQuoteWords);
    this.attributor = attributor;
  }

  public ArticleAnnotator(CoreNlpModels models) {
    this(models, new SpeechVerbAttributor(), QuoteFinder.DEFAULT_MIN_WORDS);
  }

  public AnnotatedArticle annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    models.full().annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = CoreNlpSentences.of(article.text(), coreSentences);
    List<Mention> mentions = mentions(article.text(), sentences);
    List<DateMention> dateMentions = dates.find(article.text(), sentences, coreSentences);
    List<Span> quoteSpans = quotes.find(article.text());
    AnnotatedArticle base =
        new AnnotatedArticle(article, sentences, mentions, List.of(), dateMentions);
    List<Quote> attributed = attributor.attribute(base, quoteSpans);
    return new AnnotatedArticle(article, sentences, mentions, attributed, dateMentions);
  }

  /**
   * Consecutive tokens with the same entity tag form one mention, split at a possessive followed by
   * a short name ("the Harbour Institute’s Okoye" is two mentions; "Workers’ Party of Tarn" stays
   * one). Then names the tagger found are propagated: a proper-noun token left untagged that equals
   * a person name tagged elsewhere in the article (NER misses names in unusual contexts) becomes a
   * mention too.
   */
  static List<Mention> mentions(String text, List<Sentence> sentences) {
    List<Mention> out = new ArrayList<>();
    java.util.Set<String> personWords = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); ) {
        EntityType type = EntityType.fromNerTag(toks.get(i).ner());
        if (type == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < toks.size()
            && toks.get(j).ner().equals(toks.get(i).ner())
            && !possessiveSplit(toks, j)
            && !conjunctionSplit(toks, i, j)) {
          j++;
        }
        if (j < toks.size() && possessiveSplit(toks, j)) {
          j++; // keep the possessive with the owner; the name after it starts a new mention
        }
        boolean skipConjunction = j < toks.size() && conjunctionSplit(toks, i, j);
        int end = toks.get(j - 1).pos().equals("POS") && j - 1 > i ? j - 1 : j;
        Span span = new Span(toks.get(i).span().begin(), toks.get(end - 1).span().end());
        out.add(new Mention(span, span.of(text), type, s.index()));
        if (type == EntityType.PERSON) {
          for (int k = i; k < end; k++) {
            personWords.add(toks.get(k).word());
          }
        }
        i = skipConjunction ? j + 1 : j;
      }
    }
    return propagate(text, sentences, out, personWords);
  }

  /**
   * "Harbour Workers Union and Blue Tern Lines": a conjunction between two multi-word names splits
   * them.
   */
  private static boolean conjunctionSplit(List<Token> toks, int start, int j) {
    if (!toks.get(j).pos().equals("CC") || j - start < 2) {
      return false;
    }
    int after = 0;
    for (int k = j + 1; k < toks.size() && toks.get(k).ner().equals(toks.get(j).ner()); k++) {
      after++;
    }
    return after >= 2;
  }

  private static boolean possessiveSplit(List<Token> toks, int j) {
    if (!toks.get(j).pos().equals("POS")) {
      return false;
    }
    int after = 0;
    for (int k = j + 1; k < toks.size() && toks.get(k).ner().equals(toks.get(j).ner()); k++) {
      if (toks.get(k).word().equals("of")) {
        return false;
      }
      after++;
    }
    return after >= 1 && after <= 2;
  }

  private static List<Mention> propagate(
      String text,
      List<Sentence> sentences,
      List<Mention> found,
      java.util.Set<String> personWords) {
    List<Mention> out = new ArrayList<>(found);
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (t.ner().equals("O")
            && t.pos().equals("NNP")
            && personWords.contains(t.word())
            && Character.isUpperCase(t.word().charAt(0))) {
          out.add(new Mention(t.span(), t.span().of(text), EntityType.PERSON, s.index()));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Mention::span));
    return out;
  }
}
