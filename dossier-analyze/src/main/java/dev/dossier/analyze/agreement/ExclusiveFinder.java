package dev.dossier.analyze.agreement;

import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.SourceOnly;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What each source alone reports: sentences with an actor or a value that no sentence of another
 * source supports ({@link #supports}), the most central first.
 */
final class ExclusiveFinder {
  static final double UNSUPPORTED = 0.2;
  private static final int MIN_WORDS = 8;

  /** Two sentences of one source this similar (lemma TF-IDF cosine) say the same thing. */
  static final double SAME_IN_SOURCE = 0.6;

  /**
   * Another source's sentence supports this one when it is lexically close, or when it names the
   * same actors and the same number or year (paraphrases share those even when their words differ).
   */
  static boolean supports(StatementIndex idx, Statement s, Statement o) {
    double sim = idx.similarity(s, o);
    if (sim >= UNSUPPORTED) {
      return true;
    }
    long actors = s.entities().stream().filter(o.entities()::contains).count();
    boolean sameNumber = sameNumber(s, o);
    return (actors >= 1 && sameNumber) || (actors >= 2 && sim >= UNSUPPORTED / 2);
  }

  static boolean sameNumber(Statement s, Statement o) {
    return numbers(s).stream().anyMatch(numbers(o)::contains);
  }

  private static java.util.Set<String> numbers(Statement s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var t : s.sentence().tokens()) {
      if (t.pos().equals("CD") && t.word().chars().anyMatch(Character::isDigit)) {
        out.add(t.word().replace(",", ""));
      }
    }
    return out;
  }

  List<SourceOnly> find(AnnotatedStory story, StatementIndex idx, int perSource) {
    List<SourceOnly> out = new ArrayList<>();
    if (story.articles().size() < 2) {
      return out;
    }
    for (int d = 0; d < story.articles().size(); d++) {
      List<Statement> alone = new ArrayList<>();
      for (Statement s : idx.statements) {
        if (s.doc() != d
            || s.text().split("\\s+").length < MIN_WORDS
            || (s.entities().isEmpty() && s.values().isEmpty())) {
          continue;
        }
        boolean supported = false;
        for (Statement o : idx.statements) {
          if (o.doc() != d && supports(idx, s, o)) {
            supported = true;
            break;
          }
        }
        if (!supported) {
          alone.add(s);
        }
      }
      alone.sort(Comparator.comparingDouble((Statement s) -> -idx.centrality(s)));
      List<Statement> picked = new ArrayList<>();
      for (Statement s : alone) {
        // A source that says a thing twice (a summary line above the story, a quote repeated) lists
        // it once.
        if (picked.size() < perSource
            && picked.stream().noneMatch(p -> idx.similarity(s, p) >= SAME_IN_SOURCE)) {
          picked.add(s);
        }
      }
      List<Evidence> ev = picked.stream().map(s -> FactFinder.evidence(story, s)).toList();
      if (!ev.isEmpty()) {
        out.add(new SourceOnly(story.labels().get(d), ev));
      }
    }
    return out;
  }
}
