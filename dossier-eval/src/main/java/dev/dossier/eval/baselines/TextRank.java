package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import java.util.List;
import java.util.Map;

/**
 * TextRank (Mihalcea and Tarau 2004): PageRank over word overlap normalized by log sentence
 * lengths.
 */
public final class TextRank implements Summarizer {
  @Override
  public String name() {
    return "textrank";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    SentencePool pool = new SentencePool(input);
    double[][] w = pool.graph((a, b) -> overlap(a.tf(), b.tf()));
    return pool.fill(SentencePool.byScoreDescending(SentencePool.pageRank(w, 0.85, 30)), words);
  }

  static double overlap(Map<String, Integer> a, Map<String, Integer> b) {
    int common = 0;
    for (String t : a.keySet()) {
      if (b.containsKey(t)) {
        common++;
      }
    }
    double norm = Math.log(Math.max(2, a.size())) + Math.log(Math.max(2, b.size()));
    return common == 0 ? 0 : common / norm;
  }
}
