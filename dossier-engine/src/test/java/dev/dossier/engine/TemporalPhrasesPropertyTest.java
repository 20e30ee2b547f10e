package dev.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.briefing.Briefing;
import dev.dossier.testkit.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Odd temporal phrases anywhere in a story (deep past, far future, numbers that look like years)
 * never cost the briefing, and every timeline date it states is a four-digit calendar date.
 */
class TemporalPhrasesPropertyTest {
  private static final String[] PHRASES = {
    "250,000 years ago",
    "by 2100",
    "in the year 99999",
    "at 0830 GMT",
    "at 2417 North Quay Road",
    "since 1979",
    "some 4.5 billion years ago",
    "in the 1990s",
    "on Feb. 30",
    "next millennium",
    "last Tuesday",
    "the day before yesterday",
    "in %d",
    "%d years ago",
    "on March %d",
    "at %d:%02d",
    "%d days later",
    "in the %dth century"
  };

  @Test
  void randomTemporalPhrasesNeverCostTheBriefing() {
    SeededRandom seeded = SeededRandom.forTest("TemporalPhrasesPropertyTest");
    Random r = seeded.random();
    List<Article> articles = new ArrayList<>();
    for (int a = 0; a < 3; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 8; s++) {
        String phrase =
            String.format(PHRASES[r.nextInt(PHRASES.length)], r.nextInt(2_000_000), r.nextInt(60));
        text.append("The council of Tarn met ").append(phrase).append(" to discuss the ferry. ");
      }
      articles.add(new Article("a" + a, null, "Outlet " + a, null, null, null, text.toString()));
    }
    Briefing b = Dossier.builder().threads(1).build().brief(articles, null, ProgressListener.NONE);
    for (Briefing.TimelineEntry t : b.timeline()) {
      assertThat(t.date()).as(seeded.about(articles)).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }
  }
}
