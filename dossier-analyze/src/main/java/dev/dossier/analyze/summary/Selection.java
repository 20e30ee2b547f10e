package dev.dossier.analyze.summary;

import java.util.List;

/**
 * One chosen summary sentence: document and sentence index of the sentence used, and every
 * near-identical sentence in other documents (including itself) that it can cite.
 */
public record Selection(int doc, int sentence, String text, List<Ref> support) {
  public Selection {
    support = List.copyOf(support);
  }

  public record Ref(int doc, int sentence) {}
}
