package dev.dossier.analyze.agreement;

import dev.dossier.annotate.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.SourceOnly;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What each source alone reports: sentences with an actor or a value that no sentence of another source
 * resembles (cosine below {@link #UNSUPPORTED}), the most central first.
 */
final class ExclusiveFinder {
  static final double UNSUPPORTED = 0.2;
  private static final int MIN_WORDS = 8;

  List<SourceOnly> find(AnnotatedStory story, StatementIndex idx, int perSource) {
    List<SourceOnly> out = new ArrayList<>();
    if (story.articles().size() < 2) {
      return out;
    }
    for (int d = 0; d < story.articles().size(); d++) {
      List<Statement> alone = new ArrayList<>();
      for (Statement s : idx.statements) {
        if (s.doc() != d || s.text().split("\\s+").length < MIN_WORDS
            || (s.entities().isEmpty() && s.values().isEmpty())) {
          continue;
        }
        double best = 0;
        for (Statement o : idx.statements) {
          if (o.doc() != d) {
            best = Math.max(best, idx.similarity(s, o));
          }
        }
        if (best < UNSUPPORTED) {
          alone.add(s);
        }
      }
      alone.sort(Comparator.comparingDouble((Statement s) -> -idx.centrality(s)));
      List<Evidence> ev = alone.stream().limit(perSource).map(s -> FactFinder.evidence(story, s)).toList();
      if (!ev.isEmpty()) {
        out.add(new SourceOnly(story.labels().get(d), ev));
      }
    }
    return out;
  }
}
