package dev.dossier.analyze.summary;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Sentence;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;

/** Builds the summarizer's input from annotated articles. */
public final class SummaryInputs {
  private SummaryInputs() {}

  public static SummaryInput of(List<AnnotatedArticle> articles) {
    List<SummaryInput.Doc> docs = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      List<SummaryInput.Sent> sents = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
          words.add(t.word());
        }
        sents.add(new SummaryInput.Sent(s.index(), s.text(a.text()), words));
      }
      docs.add(new SummaryInput.Doc(a.article().id(), sents));
    }
    return new SummaryInput(docs);
  }
}
