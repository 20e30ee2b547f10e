package dev.dossier.analyze.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.StoryFixture;
import dev.dossier.model.briefing.Briefing.Divergence;
import dev.dossier.model.briefing.Briefing.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How divergences are listed: what each source states, once, and only where stated values differ.
 * Fictional.
 */
class DivergenceListingTest {
  private static List<Divergence> divergences(String... texts) {
    return new AgreementAnalyzer(10, 3).analyze(StoryFixture.of(texts)).divergences();
  }

  @Test
  void aValueASourceRepeatsIsOnePositionOfThatSource() {
    List<Divergence> d =
        divergences(
            "Brenn Ferries carried 210 passengers to Tarn on Friday. Brenn Ferries carried 210 passengers to Tarn "
                + "in rough seas, the operator said.",
            "Brenn Ferries carried 240 passengers to Tarn on Friday, according to the harbour office.");
    Divergence carry =
        d.stream()
            .filter(x -> x.topic().startsWith("how many passengers"))
            .findFirst()
            .orElseThrow();
    assertThat(carry.positions())
        .extracting(Position::value)
        .containsExactlyInAnyOrder("210 passengers", "240 passengers");
  }

  @Test
  void shortQuotedPhrasesWithDifferentSpeakersAreNotASpeakerConflict() {
    List<Divergence> d =
        divergences(
            "The lawyer Ines Calder said the council must show \"clear and convincing evidence\" before the vote.",
            "Judge Olav Brenn said the council had to show \"clear and convincing evidence\" before any vote.");
    assertThat(d).noneMatch(x -> x.topic().startsWith("who said"));
  }

  @Test
  void theSameStatedDayIsNoDivergenceEvenWhenItResolvesToTwoDates() {
    List<Divergence> d =
        divergences(
            "The Brenn council approved the harbour plan on Wednesday after a long debate.",
            "The Brenn council will approve the harbour plan on Wednesday, officials said.");
    assertThat(d)
        .allSatisfy(
            x ->
                assertThat(x.positions())
                    .extracting(p -> p.value().toLowerCase())
                    .doesNotHaveDuplicates());
  }

  @Test
  void anUndatedWeekdayOnTheDayAnotherSourceDatesIsNoDivergence() {
    // May 3, 2014 was a Saturday; the later date moves the inferred reference date, and with it
    // "Saturday".
    String[] texts = {
      "The Brenn council filed its harbour plan on May 3, 2014, after a long debate. The council met "
          + "again on May 20, 2014.",
      "The Brenn council filed its harbour plan on Saturday, officials said."
    };
    assertThat(new AgreementAnalyzer(10, 3).analyze(StoryFixture.undated(texts)).divergences())
        .noneMatch(x -> x.topic().startsWith("date of"));
    // Published on March 12, 2025, "Saturday" is March 8, 2025, a different day from what the other
    // says.
    assertThat(divergences(texts)).anyMatch(x -> x.topic().startsWith("date of"));
    // "May 3" with no year falls on a weekday only the inferred year decides.
    String[] noYear = {
      "The Brenn council filed its harbour plan on May 3, after a long debate. The council first "
          + "met in 2012.",
      "The Brenn council filed its harbour plan on Saturday, officials said."
    };
    assertThat(new AgreementAnalyzer(10, 3).analyze(StoryFixture.undated(noYear)).divergences())
        .noneMatch(x -> x.topic().startsWith("date of"));
  }

  @Test
  void videoCaptionsDateLinesAreNoDivergence() {
    List<Divergence> d =
        divergences(
            "Ferry crews in Brenn walked out at dawn.\n\nPolice search the Brenn harbour for a missing boat. "
                + "(Published Monday, March 10, 2025)\n\nThe Brenn ferry union said talks had failed.\n\n"
                + "Crews leave the Brenn quay at dawn. (Published Sunday, March 9, 2025)\n\nThe strike goes on.",
            "Ferry crews in Brenn walked out at dawn, the Brenn ferry union said.");
    assertThat(d)
        .flatExtracting(Divergence::positions)
        .noneMatch(p -> p.evidence().text().contains("Published"));
  }
}
