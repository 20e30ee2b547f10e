package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the shipped model: it loads, scores every sentence, and summarizes within the
 * contract.
 */
class LearnedSummarizerTest {
  static SummaryInput.Doc doc(String... sentences) {
    List<SummaryInput.Sent> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new SummaryInput.Sent(out.size(), s, Arrays.asList(s.split("\\s+|(?=[.,\"])"))));
    }
    return new SummaryInput.Doc("d", out);
  }

  private final SummaryInput input =
      new SummaryInput(
          List.of(
              doc(
                  "The council closed the old bridge on Tuesday for urgent repairs.",
                  "Drivers were told to use the ring road while engineers inspect the supports.",
                  "\"We had no choice,\" said council leader Mara Holt."),
              doc(
                  "The council closed the old bridge on Tuesday for urgent repairs.",
                  "Engineers found cracks in two of the supports last month, officials said.",
                  "Repairs are expected to take a year and cost four million.")));

  @Test
  void shippedModelLoadsAndScoresEverySentence() {
    SentenceFeatures f = new SentenceFeatures(input, 50, WordSalience.shipped());
    double[] scores = SentenceScorer.shipped().score(f.matrix(), f.rows().size());
    assertThat(scores).hasSize(6);
    for (double s : scores) {
      assertThat(s).isBetween(0.0, 1.0);
    }
    assertThat(WordSalience.shipped().size()).isGreaterThan(1000);
  }

  @Test
  void summariesAreVerbatimUniqueAndWithinTheBudget() {
    List<Selection> s = new LearnedSummarizer().summarize(input, 30);
    Set<String> seen = new HashSet<>();
    int words = 0;
    for (Selection sel : s) {
      assertThat(sel.text())
          .isEqualTo(input.docs().get(sel.doc()).sentences().get(sel.sentence()).text());
      assertThat(seen.add(sel.text())).isTrue();
      words += sel.text().split("\\s+").length;
    }
    assertThat(words).isBetween(1, 30 + 15);
    Selection lead =
        s.stream().filter(x -> x.text().startsWith("The council closed")).findFirst().orElse(null);
    if (lead != null) {
      assertThat(lead.support()).hasSize(2);
    }
  }

  @Test
  void aModelForOtherFeaturesIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> SentenceScorer.fromModelString("not a model"))
        .hasMessageContaining("LightGBM");
  }

  @Test
  void emptyInputGivesEmptySummary() {
    assertThat(new LearnedSummarizer().summarize(new SummaryInput(List.of()), 50)).isEmpty();
  }

  @Test
  void fragmentsOfPageFurnitureAreNeverSelected() {
    assertThat(LearnedSummarizer.startsLikeSentence("| Photo Agency Headline: a caption"))
        .isFalse();
    assertThat(LearnedSummarizer.startsLikeSentence("— Jane Doe, director")).isFalse();
    assertThat(LearnedSummarizer.startsLikeSentence("\"We had no choice,\" she said.")).isTrue();
    assertThat(LearnedSummarizer.startsLikeSentence("3 people were hurt.")).isTrue();
    // A caption's statement is empty (CaptionSentences): nothing to quote.
    assertThat(LearnedSummarizer.startsLikeSentence("")).isFalse();
  }

  @Test
  void aSentenceThatDoesNotStandAloneIsNeverSelectedButTheRestAre() {
    List<SummaryInput.Doc> docs = new ArrayList<>();
    for (SummaryInput.Doc d : input.docs()) {
      List<SummaryInput.Sent> sents = new ArrayList<>();
      for (SummaryInput.Sent x : d.sentences()) {
        sents.add(
            new SummaryInput.Sent(
                x.index(), x.text(), x.words(), !x.text().startsWith("The council closed")));
      }
      docs.add(new SummaryInput.Doc(d.id(), sents));
    }
    // With the whole input in budget, every sentence that stands alone is chosen and the lead never
    // is.
    List<Selection> s = new LearnedSummarizer().summarize(new SummaryInput(docs), 300);
    assertThat(s).isNotEmpty().noneMatch(x -> x.text().startsWith("The council closed"));
    assertThat(new LearnedSummarizer().summarize(input, 300))
        .anyMatch(x -> x.text().startsWith("The council closed"));
  }

  /** One document whose sentences lean back where marked ("^" in front, removed from the text). */
  private static SummaryInput.Doc leaning(String id, String... sentences) {
    List<SummaryInput.Sent> out = new ArrayList<>();
    for (String s : sentences) {
      String text = s.startsWith("^") ? s.substring(1) : s;
      out.add(
          new SummaryInput.Sent(
              out.size(), text, Arrays.asList(text.split("\\s+")), true, s.startsWith("^")));
    }
    return new SummaryInput.Doc(id, out);
  }

  /**
   * Selection with the given score per sentence (in document order) and a 20-word budget: past 10
   * words, only sentences scoring 0.5 or more are taken.
   */
  private static List<String> selected(SummaryInput input, double... scores) {
    SentenceFeatures f = new SentenceFeatures(input, 20, WordSalience.shipped());
    return LearnedSummarizer.select(input, f, scores, 20, 0.5).stream()
        .map(Selection::text)
        .toList();
  }

  @Test
  void aSentenceThatLeansBackComesWithTheSentenceBeforeItAndRightAfterIt() {
    SummaryInput input =
        new SummaryInput(
            List.of(
                leaning(
                    "a",
                    "Crews on the Valmere ferries walked out on Monday morning.",
                    "The company cancelled every crossing until further notice.",
                    "^It blamed the union for the loss of the holiday trade.",
                    "Talks are due to resume at the harbour office on Friday."),
                leaning(
                    "b",
                    "Passengers queued for hours at the Port Ellis terminal.",
                    "Some were offered seats on a private charter to the mainland.",
                    "The union said its members had not been paid for two months.")));
    // Only the leaning sentence and the other source's middle one score: the sentence it leans on
    // comes too,
    // and reading order (by relative position: 0.25 and 0.5 in a, 0.33 in b) keeps the two
    // together.
    List<String> s = selected(input, 0, 0.1, 0.9, 0, 0, 0.8, 0);
    assertThat(s)
        .containsExactly(
            "The company cancelled every crossing until further notice.",
            "It blamed the union for the loss of the holiday trade.",
            "Some were offered seats on a private charter to the mainland.");
  }

  @Test
  void aSentenceThatLeansBackIsSkippedWhenTheSentenceBeforeItCannotBeQuoted() {
    SummaryInput input =
        new SummaryInput(
            List.of(
                leaning(
                    "a",
                    "Ferry strike.",
                    "^It blamed the union for the loss of the holiday trade.",
                    "Talks are due to resume at the harbour office on Friday."),
                leaning(
                    "b",
                    "Crews on the Valmere ferries walked out on Monday.",
                    "^They say they have not been paid for two months.")));
    // "Ferry strike." is too short to quote, so the first leaning sentence is left out; the second
    // brings in
    // "Crews …", which scores nothing on its own. A sentence that leans on nothing in its document
    // is left out.
    assertThat(selected(input, 0, 0.9, 0.8, 0, 0.9))
        .containsExactly(
            "Crews on the Valmere ferries walked out on Monday.",
            "They say they have not been paid for two months.",
            "Talks are due to resume at the harbour office on Friday.");
    assertThat(
            selected(
                new SummaryInput(
                    List.of(
                        leaning(
                            "c",
                            "^He said the ferry left early on Monday night.",
                            "The council will hold an inquiry into the sailing."))),
                0.9,
                0.8))
        .containsExactly("The council will hold an inquiry into the sailing.");
  }
}
