package dev.dossier.analyze.agreement;

import dev.dossier.model.Sentence;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence of one source as the agreement analysis sees it: its text, its claim (the text from
 * where the statement begins, without a dateline or label glued to its front: {@link
 * Sentence#statement}), its lemma vector (for alignment), the actors it names (resolved entity
 * ids), the proper names it contains, and the values it states.
 */
record Statement(
    int doc,
    Sentence sentence,
    String text,
    String claim,
    Map<String, Double> vector,
    Set<String> entities,
    Set<String> names,
    List<StatedValue> values) {
  Statement {
    entities = Set.copyOf(entities);
    names = Set.copyOf(names);
    values = List.copyOf(values);
  }
}
