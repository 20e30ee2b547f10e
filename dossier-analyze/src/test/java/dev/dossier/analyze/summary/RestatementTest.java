package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestatementTest {
  private static SentenceFeatures.Row row(String text) {
    List<String> words = Arrays.asList(text.split("\\s+|(?=[.,])"));
    var vector = TermVectors.tfidf(TermVectors.counts(words), Map.of());
    return new SentenceFeatures.Row(0, new SummaryInput.Sent(0, text, words), words.size(), vector);
  }

  @Test
  void aSentenceWhoseWordsNamesAndNumbersAreAllInAnotherRestatesIt() {
    var shorter = row("Police in Port Ellis are searching for a woman who stole 40 phones.");
    var longer =
        row(
            "Detectives in Port Ellis said police are searching for a woman who stole 40 phones from the shop"
                + " after closing time last night, wearing a stolen uniform.");
    assertThat(Restatement.of(shorter, longer)).isTrue();
    assertThat(Restatement.of(longer, shorter)).isFalse();
  }

  @Test
  void anotherNameOrNumberMakesItAnotherStatement() {
    var bell = row("Jo Bell, 19, of Port Ellis, is charged with two counts of arson.");
    assertThat(
            Restatement.of(
                bell, row("Sam Ede, 19, of Port Ellis, is charged with two counts of arson.")))
        .isFalse();
    assertThat(
            Restatement.of(
                bell, row("Jo Bell, 23, of Port Ellis, is charged with two counts of arson.")))
        .isFalse();
    var same = row("Jo Bell, 19, of Port Ellis, is charged with two counts of arson, police say.");
    assertThat(Restatement.of(bell, same)).isTrue();
    assertThat(
            Restatement.of(
                bell, row("Jo Ede, 19, of Port Ellis, is charged with two counts of arson.")))
        .isFalse();
  }

  @Test
  void oneMissingNameIsAWordingDifferenceWhereOthersPinTheSentenceDown() {
    var place =
        row(
            "Detectives in Glenmoor are looking for a woman who stole 40 phones from the Tide Wire shop on"
                + " Friday.");
    var town =
        row(
            "Port Ellis police are searching for a woman who stole 40 phones from the Tide Wire shop on"
                + " Friday night.");
    assertThat(Restatement.of(place, town)).isTrue();
    var loose = row("Officers in Glenmoor arrested a woman who stole phones.");
    assertThat(
            Restatement.of(loose, row("Officers in Port Ellis arrested a woman who stole phones.")))
        .isFalse();
  }

  @Test
  void numbersAreComparedByValueHoweverTheyAreWritten() {
    var bail = row("Bail for Jo Bell of Port Ellis was set at $40,000 on Monday.");
    assertThat(
            Restatement.of(
                bail, row("Bail for Jo Bell of Port Ellis was set at 40,000 dollars on Monday.")))
        .isTrue();
    // A sum that is not in the other sentence makes it another statement (a currency sign hid it
    // before).
    assertThat(
            Restatement.of(
                bail, row("Bail for Jo Bell of Port Ellis was set at $100,000 on Monday.")))
        .isFalse();
  }

  @Test
  void sharingAFewWordsIsNotRestating() {
    var a = row("The ferry crews of Port Ellis walked out on Monday.");
    var b = row("The council of Port Ellis approved a new timetable for the buses.");
    assertThat(Restatement.of(a, b)).isFalse();
  }

  @Test
  void inLowercasedTextNumbersStillCount() {
    var a = row("jo bell , 19 , is charged with two counts of arson .");
    assertThat(Restatement.of(a, row("jo bell , 23 , is charged with two counts of arson .")))
        .isFalse();
    assertThat(
            Restatement.of(
                a, row("police say jo bell , 19 , is charged with two counts of arson .")))
        .isTrue();
  }

  @Test
  void theSummarizerTakesOnlyOneOfTwoSentencesThatSayTheSameThing() {
    SummaryInput input =
        new SummaryInput(
            List.of(
                LearnedSummarizerTest.doc(
                    "Police in Port Ellis are searching for a woman who stole 40 phones.",
                    "The shop reopened on Tuesday after a week of repairs."),
                LearnedSummarizerTest.doc(
                    "Detectives in Port Ellis said police are searching for a woman who stole 40 phones from the harbour shop"
                        + " late on Friday, wearing a borrowed uniform, carrying a large canvas bag and leaving through the"
                        + " loading bay before staff noticed anything missing.",
                    "Jo Bell, 19, of Port Ellis, is charged with two counts of arson.")));
    List<Selection> summary = new LearnedSummarizer().summarize(input, 200);
    assertThat(summary)
        .extracting(Selection::text)
        .filteredOn(t -> t.contains("stole 40 phones"))
        .hasSize(1);
  }
}
