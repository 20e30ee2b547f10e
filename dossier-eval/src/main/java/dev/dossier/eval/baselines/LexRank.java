package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import java.util.List;

/** LexRank (Erkan and Radev 2004), continuous variant: PageRank over TF-IDF cosine similarities. */
public final class LexRank implements Summarizer {
  @Override
  public String name() {
    return "lexrank";
  }

  @Override
  public List<Selection> summarize(SummaryInput input, int words) {
    SentencePool pool = new SentencePool(input);
    int n = pool.size();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double c = pool.cosine(i, j);
        w[i][j] = c;
        w[j][i] = c;
      }
    }
    return pool.fill(SentencePool.byScoreDescending(SentencePool.pageRank(w, 0.85, 30)), words);
  }
}
