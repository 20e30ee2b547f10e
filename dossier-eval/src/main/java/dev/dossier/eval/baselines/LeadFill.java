package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Lead-fill: the first sentence of each document in turn, then the second of each, and so on until
 * the word budget is used. Much stronger than Lead-3 under ROUGE F, which rewards using the budget.
 */
public final class LeadFill implements Summarizer {
  @Override
  public String name() {
    return "leadfill";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    List<Selection> out = new ArrayList<>();
    int total = 0;
    int longest = input.docs().stream().mapToInt(d -> d.sentences().size()).max().orElse(0);
    for (int i = 0; i < longest && total < words; i++) {
      for (int d = 0; d < input.docs().size() && total < words; d++) {
        List<SummaryInput.Sent> sents = input.docs().get(d).sentences();
        int length = i < sents.size() ? sents.get(i).length() : 0;
        if (length > 0) {
          SummaryInput.Sent s = sents.get(i);
          out.add(new Selection(d, s.index(), s.text(), List.of(new Selection.Ref(d, s.index()))));
          total += length;
        }
      }
    }
    return out;
  }
}
