package dev.dossier.analyze.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.StoryFixture;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private static AnnotatedStory story(String... texts) {
    return StoryFixture.of(texts);
  }

  @Test
  void oneEventToldByTwoSourcesIsOneEntryAndAnaphoricDaysAreLeftOut() {
    AnnotatedStory s =
        story(
            "The Brenn council closed the old bridge on Monday after engineers found cracks. "
                + "Police had blocked the road earlier in the day.",
            "On Monday, the Brenn council shut the old bridge when engineers found cracks. "
                + "A bakery in Oster opened a new shop on Monday.");
    List<TimelineEntry> t = new TimelineBuilder().build(s);
    assertThat(t).extracting(TimelineEntry::date).containsOnly("2025-03-10");
    assertThat(t).hasSize(2);
    TimelineEntry bridge =
        t.stream().filter(e -> e.event().contains("bridge")).findFirst().orElseThrow();
    assertThat(bridge.alsoIn()).containsExactly("s2");
    assertThat(t).noneMatch(e -> e.expression().equals("the day"));
  }

  @Test
  void anEventIsToldFromWhereItsStatementBeginsAndTheEntryCitesTheWholeSentence() {
    AnnotatedStory s =
        story(
            "BRENN (Tide Wire) — The council closed the old bridge on Monday after engineers found cracks.");
    List<TimelineEntry> t = new TimelineBuilder().build(s);
    assertThat(t)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.event())
                  .isEqualTo(
                      "The council closed the old bridge on Monday after engineers found cracks.");
              assertThat(e.sentence()).isZero();
            });
  }
}
