package dev.dossier.ingest;

import dev.dossier.model.Article;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the articles in one decoded file. A reader never throws for bad content: it reports what it
 * skipped to {@code problems} and returns what it could read.
 */
public interface ArticleReader {
  /**
   * @param baseId id to derive article ids from (unique per file)
   * @param file file name to record on the articles, or null
   */
  List<Article> read(String baseId, String file, String content, Consumer<IngestProblem> problems);
}
