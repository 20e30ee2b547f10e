package dev.dossier.analyze;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * The story's title: the headline of the article that contributes most to the summary (so the title
 * and the summary tell the same story); without headlines, the leading actors and the number of
 * reports.
 */
final class StoryTitle {
  private StoryTitle() {}

  static String choose(AnnotatedStory story, List<Selection> summary) {
    int[] weight = new int[story.articles().size()];
    for (Selection s : summary) {
      for (Selection.Ref r : s.support()) {
        weight[r.doc()]++;
      }
    }
    String best = null;
    int bestWeight = -1;
    for (int i = 0; i < story.articles().size(); i++) {
      String t = story.articles().get(i).article().title();
      if (t != null && !t.isBlank() && weight[i] > bestWeight) {
        best = t.strip();
        bestWeight = weight[i];
      }
    }
    if (best != null) {
      return best;
    }
    List<String> names = new ArrayList<>();
    for (Entity e : story.entities().entities()) {
      if (names.size() < 3) {
        names.add(e.name());
      }
    }
    int n = story.articles().size();
    String reports = n + " report" + (n == 1 ? "" : "s");
    return names.isEmpty() ? "Briefing on " + reports : String.join(", ", names) + ": " + reports;
  }
}
