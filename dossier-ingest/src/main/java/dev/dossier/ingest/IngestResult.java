package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.util.List;

/** Articles read, and what was skipped or degraded along the way (never thrown away silently). */
public record IngestResult(List<Article> articles, List<IngestProblem> problems) {
  public IngestResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
