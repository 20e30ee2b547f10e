package dev.dossier.analyze.summary;

import dev.dossier.analyze.LeadingFurniture;
import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the summarizer's input from annotated articles. Each sentence enters from where its statement begins
 * ({@link LeadingFurniture}): a dateline or photo credit glued to its front is neither scored nor quoted.
 */
public final class SummaryInputs {
  private SummaryInputs() {}

  public static SummaryInput of(List<AnnotatedArticle> articles) {
    List<SummaryInput.Doc> docs = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      List<SummaryInput.Sent> sents = new ArrayList<>();
      boolean cased = LeadingFurniture.looksCased(a.text());
      for (Sentence s : a.sentences()) {
        String text = s.text(a.text());
        int start = LeadingFurniture.statementStart(text, cased);
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
          if (t.span().begin() >= s.span().begin() + start) {
            words.add(t.word());
          }
        }
        sents.add(new SummaryInput.Sent(s.index(), text.substring(start), words));
      }
      docs.add(new SummaryInput.Doc(a.article().id(), sents));
    }
    return new SummaryInput(docs);
  }
}
