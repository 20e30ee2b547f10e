package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole-summary candidates, their features, and the shipped reranker's choice among them. */
class SummaryCandidatesTest {
  private final SummaryInput input =
      new SummaryInput(
          List.of(
              LearnedSummarizerTest.doc(
                  "The council closed the old bridge on Tuesday for urgent repairs.",
                  "Drivers were told to use the ring road while engineers inspect the supports.",
                  "\"We had no choice,\" said council leader Mara Holt.",
                  "The bakery on the corner stayed open all week."),
              LearnedSummarizerTest.doc(
                  "The council closed the old bridge on Tuesday for urgent repairs.",
                  "Engineers found cracks in two of the supports last month, officials said.",
                  "Repairs are expected to take a year and cost four million.",
                  "Ferries will carry cyclists across the river free of charge.")));

  @Test
  void theDefaultSelectionComesFirstAndNoCandidateRepeatsAnother() {
    SentenceFeatures f = new SentenceFeatures(input, 40, WordSalience.shipped());
    double[] scores = SentenceScorer.shipped().score(f.matrix(), f.rows().size());
    double stop = SentenceScorer.shippedStopThreshold();
    List<List<Selection>> c = SummaryCandidates.of(input, f, scores, 40, stop);
    assertThat(c.get(0)).isEqualTo(LearnedSummarizer.select(input, f, scores, 40, stop));
    assertThat(c.size()).isGreaterThan(2);
    Set<Set<String>> distinct = new HashSet<>();
    for (List<Selection> cand : c) {
      Set<String> texts = new HashSet<>();
      cand.forEach(s -> texts.add(s.doc() + ":" + s.sentence()));
      assertThat(distinct.add(texts)).as("a repeated candidate").isTrue();
    }
    float[] m = CandidateFeatures.of(c, input, f, scores, 40, WordSalience.shipped());
    assertThat(m).hasSize(c.size() * CandidateFeatures.COUNT);
    int isDefault = CandidateFeatures.NAMES.indexOf("is_default");
    int shared = CandidateFeatures.NAMES.indexOf("shared_with_default");
    assertThat(m[isDefault]).isEqualTo(1f);
    assertThat(m[shared]).isEqualTo(1f);
    for (int k = 1; k < c.size(); k++) {
      assertThat(m[k * CandidateFeatures.COUNT + isDefault]).isZero();
    }
  }

  @Test
  void theShippedSummarizerReturnsOneOfTheCandidates() {
    assertThat(SummaryReranker.shipped()).as("the shipped reranker").isNotNull();
    SentenceFeatures f = new SentenceFeatures(input, 40, WordSalience.shipped());
    double[] scores = SentenceScorer.shipped().score(f.matrix(), f.rows().size());
    List<List<Selection>> c =
        SummaryCandidates.of(input, f, scores, 40, SentenceScorer.shippedStopThreshold());
    assertThat(c).contains(new LearnedSummarizer().summarize(input, 40));
  }
}
