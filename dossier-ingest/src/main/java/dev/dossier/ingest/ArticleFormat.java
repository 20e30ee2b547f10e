package dev.dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats Dossier reads, chosen by file name. */
public enum ArticleFormat {
  TEXT,
  HTML,
  JSONL,
  /** RSS or Atom feeds. */
  FEED,
  /** Web archives (WARC), read as a stream of HTML responses. */
  WARC;

  /** The format for a file name, or null when the name is not one we read. */
  public static ArticleFormat of(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return FEED;
    }
    if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
      return TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return JSONL;
    }
    return null;
  }
}
