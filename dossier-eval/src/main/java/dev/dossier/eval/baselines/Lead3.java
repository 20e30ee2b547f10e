package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Lead-3: the first three sentences of each document, documents in order (the budget is the
 * scorer's).
 */
public final class Lead3 implements Summarizer {
  @Override
  public String name() {
    return "lead3";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    List<Selection> out = new ArrayList<>();
    for (int d = 0; d < input.docs().size(); d++) {
      for (SummaryInput.Sent s :
          input
              .docs()
              .get(d)
              .sentences()
              .subList(0, Math.min(3, input.docs().get(d).sentences().size()))) {
        out.add(new Selection(d, s.index(), s.text(), List.of(new Selection.Ref(d, s.index()))));
      }
    }
    return out;
  }
}
