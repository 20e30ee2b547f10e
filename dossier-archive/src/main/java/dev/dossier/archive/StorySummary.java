package dev.dossier.archive;

import java.time.LocalDate;
import java.util.List;

/** A story in the archive: a title (its first article's), its size, its outlets and its dates. */
public record StorySummary(
    String id, String title, int articles, List<String> outlets, LocalDate first, LocalDate last) {
  public StorySummary {
    outlets = List.copyOf(outlets);
  }
}
