package dev.dossier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report, cleaned of web debris. The article owns its text; all annotations are spans into
 * it.
 *
 * @param id stable id within a run (e.g. the file name or a line number)
 * @param source outlet name when known, else null
 * @param published publication date from metadata, or null when the input carries none
 * @param file where it was read from, or null
 */
public record Article(
    String id,
    String title,
    String source,
    String url,
    LocalDate published,
    String file,
    String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** Same article with other text (used by cleaning, which never changes metadata). */
  public Article withText(String newText) {
    return new Article(id, title, source, url, published, file, newText);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, title, source, url, date, file, text);
  }

  /** Whitespace-separated word count of the text. */
  public int words() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
