package dev.dossier.group.cluster;

import dev.dossier.model.Article;

/**
 * The one rule for the text the story clusterer sees of an article: its headline, a blank line, its
 * cleaned text. The headline carries the story's key words, so it counts for grouping, though it is
 * not part of the stored text. Ingest, its replay from the archive and {@code dossier cluster} all
 * use this.
 */
public final class ClusterText {
  private ClusterText() {}

  public static String of(Article cleaned) {
    return cleaned.title() == null || cleaned.title().isBlank()
        ? cleaned.text()
        : cleaned.title() + "\n\n" + cleaned.text();
  }
}
