package dev.dossier.analyze.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.StoryFixture;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact is stated from where its sentence's statement begins; its evidence quotes each sentence
 * whole.
 */
class FactTextTest {
  @Test
  void aDatelineGluedToTheSeedIsNotPartOfTheFactButStaysInItsEvidence() {
    String withDateline =
        "BRENN (Tide Wire) — The council closed the old bridge on Monday after engineers found "
            + "deep cracks in two of its piers.";
    String plain =
        "The council closed the old bridge on Monday after engineers found deep cracks in two piers.";
    AnnotatedStory story = StoryFixture.of(withDateline, plain);
    List<Fact> facts = new AgreementAnalyzer(10, 3).analyze(story).facts();
    assertThat(facts)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.text())
                  .doesNotContain("Tide Wire")
                  .startsWith("The council closed the old bridge");
              assertThat(f.evidence())
                  .extracting(Evidence::text)
                  .containsExactlyInAnyOrder(withDateline, plain);
            });
  }
}
