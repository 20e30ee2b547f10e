package dev.dossier.eval.baselines;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.TermVectors;
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
    double[][] w = pool.graph((a, b) -> TermVectors.cosine(a.vector(), b.vector()));
    return pool.fill(SentencePool.byScoreDescending(SentencePool.pageRank(w, 0.85, 30)), words);
  }
}
