package dev.dossier.archive;

import dev.dossier.model.Article;
import java.util.Objects;

/**
 * An article as the archive keeps it: its place in the ingest order, its content key (the same text
 * always has the same key, which makes ingest idempotent), its story and the article it copies, if
 * any.
 */
public record ArchivedArticle(
    long seq, String key, Article article, String story, String duplicateOf) {
  public ArchivedArticle {
    Objects.requireNonNull(key);
    Objects.requireNonNull(article);
    Objects.requireNonNull(story);
  }

  /** The outlet: the source's name, else the host of the URL, else the file. */
  public String outlet() {
    Article a = article;
    if (a.source() != null) {
      return a.source();
    }
    if (a.url() != null) {
      try {
        String host = java.net.URI.create(a.url()).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through
      }
    }
    return a.file() != null ? java.nio.file.Path.of(a.file()).getFileName().toString() : a.id();
  }
}
