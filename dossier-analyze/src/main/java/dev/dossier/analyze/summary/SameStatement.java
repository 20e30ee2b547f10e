package dev.dossier.analyze.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the sentences of other sources that make the same statement as a chosen one (TF-IDF cosine at
 * least 0.7, the best one per source), so that a summary sentence cites every source that says it.
 */
final class SameStatement {
  static final double THRESHOLD = 0.7;

  private SameStatement() {}

  static List<Selection.Ref> support(int chosen, List<SentenceFeatures.Row> rows) {
    SentenceFeatures.Row c = rows.get(chosen);
    List<Selection.Ref> refs = new ArrayList<>();
    refs.add(new Selection.Ref(c.doc(), c.sent().index()));
    Set<Integer> cited = new HashSet<>();
    cited.add(c.doc());
    for (SentenceFeatures.Row o : rows) {
      if (!cited.contains(o.doc()) && TermVectors.cosine(c.vector(), o.vector()) >= THRESHOLD) {
        refs.add(new Selection.Ref(o.doc(), o.sent().index()));
        cited.add(o.doc());
      }
    }
    return refs;
  }
}
