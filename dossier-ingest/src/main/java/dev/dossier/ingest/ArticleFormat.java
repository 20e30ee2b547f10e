package dev.dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats Dossier reads, chosen by file name. */
public enum ArticleFormat {
  TEXT,
  HTML,
  JSONL;

  /** The format for a file name, or null when the name is not one we read. */
  public static ArticleFormat of(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
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
