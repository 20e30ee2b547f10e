package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Smoke test of the shipped model: it loads, scores every sentence, and summarizes within the contract. */
class LearnedSummarizerTest {
  static SummaryInput.Doc doc(String... sentences) {
    List<SummaryInput.Sent> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new SummaryInput.Sent(out.size(), s, Arrays.asList(s.split("\\s+|(?=[.,\"])"))));
    }
    return new SummaryInput.Doc("d", out);
  }

  private final SummaryInput input = new SummaryInput(List.of(
      doc("The council closed the old bridge on Tuesday for urgent repairs.",
          "Drivers were told to use the ring road while engineers inspect the supports.",
          "\"We had no choice,\" said council leader Mara Holt."),
      doc("The council closed the old bridge on Tuesday for urgent repairs.",
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
      assertThat(sel.text()).isEqualTo(input.docs().get(sel.doc()).sentences().get(sel.sentence()).text());
      assertThat(seen.add(sel.text())).isTrue();
      words += sel.text().split("\\s+").length;
    }
    assertThat(words).isBetween(1, 30 + 15);
    Selection lead = s.stream().filter(x -> x.text().startsWith("The council closed")).findFirst().orElse(null);
    if (lead != null) {
      assertThat(lead.support()).hasSize(2);
    }
  }

  @Test
  void aModelForOtherFeaturesIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> SentenceScorer.fromModelString("not a model")).hasMessageContaining("LightGBM");
  }

  @Test
  void emptyInputGivesEmptySummary() {
    assertThat(new LearnedSummarizer().summarize(new SummaryInput(List.of()), 50)).isEmpty();
  }

  @Test
  void fragmentsOfPageFurnitureAreNeverSelected() {
    assertThat(LearnedSummarizer.startsLikeSentence("| Photo Agency Headline: a caption")).isFalse();
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
        sents.add(new SummaryInput.Sent(x.index(), x.text(), x.words(), !x.text().startsWith("The council closed")));
      }
      docs.add(new SummaryInput.Doc(d.id(), sents));
    }
    // With the whole input in budget, every sentence that stands alone is chosen and the lead never is.
    List<Selection> s = new LearnedSummarizer().summarize(new SummaryInput(docs), 300);
    assertThat(s).isNotEmpty().noneMatch(x -> x.text().startsWith("The council closed"));
    assertThat(new LearnedSummarizer().summarize(input, 300)).anyMatch(x -> x.text().startsWith("The council closed"));
  }
}
