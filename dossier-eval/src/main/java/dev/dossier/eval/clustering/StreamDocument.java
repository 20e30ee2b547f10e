package dev.dossier.eval.clustering;

import java.time.LocalDate;

/**
 * One labelled article of an evaluation stream: its gold story, and its headline and publication
 * date where the data has them (null otherwise), and the part of a mixed stream it came from.
 */
public record StreamDocument(
    String id, String gold, String title, String text, LocalDate published, String part) {
  /** The same document from a named part of a mixed stream (its file). */
  public StreamDocument inPart(String name) {
    return new StreamDocument(id, gold, title, text, published, name);
  }
}
