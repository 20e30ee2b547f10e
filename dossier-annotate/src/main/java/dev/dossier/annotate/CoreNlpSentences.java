package dev.dossier.annotate;

import dev.dossier.model.Casing;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import dev.dossier.text.CaptionSentences;
import dev.dossier.text.LeadingFurniture;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's sentences as the model's, each with where its statement begins: furniture glued to its
 * front ({@link LeadingFurniture}) and captions ({@link CaptionSentences}). The full annotator and
 * the fast splitter both build their sentences here, so a briefing and a batch summary agree on
 * every statement.
 */
final class CoreNlpSentences {
  private CoreNlpSentences() {}

  /** Tokens carry lemma, tag and entity tag where the pipeline produced them, null otherwise. */
  static List<Sentence> of(String text, List<CoreMap> coreSentences) {
    boolean cased = Casing.looksCased(text);
    List<Sentence> out = new ArrayList<>(coreSentences.size());
    for (CoreMap s : coreSentences) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                new Span(t.beginPosition(), t.endPosition()),
                t.originalText(),
                t.lemma(),
                t.tag(),
                t.ner()));
      }
      Span span =
          new Span(
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      out.add(LeadingFurniture.sentence(out.size(), span, tokens, text, cased));
    }
    return CaptionSentences.mark(out, text);
  }
}
