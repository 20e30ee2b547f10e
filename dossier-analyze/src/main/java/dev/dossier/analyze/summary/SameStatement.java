package dev.dossier.analyze.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the sentences of other sources that make the same statement as a chosen one (TF-IDF cosine
 * at least 0.7, the best one per source), so that a summary sentence cites every source that says
 * it.
 */
final class SameStatement {
  static final double THRESHOLD = 0.7;

  private SameStatement() {}

  static List<Selection.Ref> support(int chosen, List<SentenceFeatures.Row> rows) {
    SentenceFeatures.Row c = rows.get(chosen);
    // Per other source, its closest sentence at or above the threshold.
    Map<Integer, SentenceFeatures.Row> best = new HashMap<>();
    Map<Integer, Double> bestCosine = new HashMap<>();
    for (SentenceFeatures.Row o : rows) {
      if (o.doc() != c.doc()) {
        double cos = TermVectors.cosine(c.vector(), o.vector());
        if (cos >= THRESHOLD && cos > bestCosine.getOrDefault(o.doc(), -1.0)) {
          best.put(o.doc(), o);
          bestCosine.put(o.doc(), cos);
        }
      }
    }
    List<Selection.Ref> refs = new ArrayList<>();
    refs.add(new Selection.Ref(c.doc(), c.sent().index()));
    best.keySet().stream()
        .sorted()
        .forEach(d -> refs.add(new Selection.Ref(d, best.get(d).sent().index())));
    return refs;
  }

  /**
   * The same selections citing their statement across the whole of {@code input}: selection reads
   * only the opening of each document ({@link InputWindow}), but a source that says the same
   * further down still says it.
   */
  static List<Selection> acrossWholeInput(List<Selection> chosen, SummaryInput input) {
    List<SentenceFeatures.Row> rows = new ArrayList<>();
    Map<Long, Integer> at = new HashMap<>();
    for (SentenceVectors.Entry e : SentenceVectors.of(input)) {
      at.put(key(e.doc(), e.sent().index()), rows.size());
      rows.add(new SentenceFeatures.Row(e.doc(), e.sent(), e.words(), e.vector()));
    }
    List<Selection> out = new ArrayList<>(chosen.size());
    for (Selection s : chosen) {
      Integer i = at.get(key(s.doc(), s.sentence()));
      out.add(i == null ? s : new Selection(s.doc(), s.sentence(), s.text(), support(i, rows)));
    }
    return out;
  }

  private static long key(int doc, int sentence) {
    return ((long) doc << 32) | (sentence & 0xffffffffL);
  }
}
