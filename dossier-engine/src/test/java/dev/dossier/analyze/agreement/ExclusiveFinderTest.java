package dev.dossier.analyze.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.StoryFixture;
import dev.dossier.model.AnnotatedStory;
import dev.dossier.model.briefing.Briefing.Evidence;
import dev.dossier.model.briefing.Briefing.SourceOnly;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one source alone reports is listed once, even when that source says it twice. Fictional
 * text.
 */
class ExclusiveFinderTest {
  @Test
  void aStatementASourceRepeatsIsListedOnce() {
    String first =
        "\"We are going to make sure the harbour pulls together,\" Mayor Ines Calder said Tuesday.";
    String again =
        "\"We are going to make sure the harbour pulls together,\" Mayor Ines Calder says.";
    String other =
        "Brenn Ferries cancelled 14 crossings to the islands of Tarn and Oster on Monday night.";
    String tide =
        first
            + " The Brenn council closed the old bridge on Monday after engineers found cracks. "
            + "Repairs at the bridge will cost 3 million euros, Calder told the council on Tuesday. "
            + again;
    String post =
        "The Brenn council closed the old bridge on Monday after engineers found cracks. " + other;
    AnnotatedStory story = StoryFixture.of(tide, post);
    List<SourceOnly> only = new AgreementAnalyzer(10, 5).analyze(story).onlyInOneSource();
    List<String> fromTide =
        only.stream()
            .filter(o -> o.source().equals("s1"))
            .flatMap(o -> o.statements().stream())
            .map(Evidence::text)
            .toList();
    assertThat(fromTide).filteredOn(t -> t.contains("pulls together")).hasSize(1);
    assertThat(fromTide).anyMatch(t -> t.startsWith("Repairs at the bridge"));
  }

  @Test
  void aPhotoCaptionIsNotSomethingTheSourceReports() {
    String tide =
        "The Brenn council closed the old bridge on Monday after engineers found cracks.\n\n"
            + "Engineer Ines Calder holds a sample of rusted steel in the Tarn laboratory of Oster University on "
            + "March 10. (Photo: Jo Bell, Tide Wire)\n\n"
            + "Repairs at the bridge will cost 3 million euros, Calder told the council on Tuesday.";
    String post = "The Brenn council closed the old bridge on Monday after engineers found cracks.";
    List<SourceOnly> only =
        new AgreementAnalyzer(10, 5).analyze(StoryFixture.of(tide, post)).onlyInOneSource();
    List<String> texts =
        only.stream().flatMap(o -> o.statements().stream()).map(Evidence::text).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("Repairs at the bridge"));
    assertThat(texts).noneMatch(t -> t.contains("rusted steel"));
  }
}
