package dev.dossier.eval;

import dev.dossier.analyze.summary.CentroidSummarizer;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.eval.baselines.Lead3;
import dev.dossier.eval.baselines.LeadFill;
import dev.dossier.eval.baselines.LexRank;
import dev.dossier.eval.baselines.MmrCentroid;
import dev.dossier.eval.baselines.SumBasic;
import dev.dossier.eval.baselines.TextRank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The systems {@code dossier eval} knows by name. "dossier" is whatever Dossier uses by default.
 */
public final class SystemCatalog {
  private final Map<String, Supplier<Summarizer>> systems = new LinkedHashMap<>();

  /**
   * @param dossierDefault Dossier's default summarizer (supplied lazily: it may load a model)
   */
  public SystemCatalog(Supplier<Summarizer> dossierDefault) {
    systems.put("lead3", Lead3::new);
    systems.put("leadfill", LeadFill::new);
    systems.put("lexrank", LexRank::new);
    systems.put("textrank", TextRank::new);
    systems.put("sumbasic", SumBasic::new);
    systems.put("mmr", MmrCentroid::new);
    systems.put("centroid", CentroidSummarizer::new);
    systems.put("dossier", dossierDefault);
  }

  public List<String> names() {
    return List.copyOf(systems.keySet());
  }

  /**
   * The systems for a comma-separated list of names; an unknown name is an error naming the known
   * ones.
   */
  public List<Summarizer> select(String commaSeparated) {
    List<Summarizer> out = new ArrayList<>();
    for (String n : commaSeparated.split(",")) {
      Supplier<Summarizer> s = systems.get(n.strip());
      if (s == null) {
        throw new IllegalArgumentException(
            "unknown system '" + n.strip() + "' (known: " + String.join(", ", names()) + ")");
      }
      Summarizer sum = s.get();
      out.add(n.strip().equals("dossier") ? new Named("dossier", sum) : sum);
    }
    return out;
  }

  /** Reports a system under another name ("dossier" for the default summarizer). */
  private record Named(String name, Summarizer inner) implements Summarizer {
    @Override
    public List<dev.dossier.analyze.summary.Selection> summarize(
        dev.dossier.analyze.summary.SummaryInput input, int words) {
      return inner.summarize(input, words);
    }
  }
}
