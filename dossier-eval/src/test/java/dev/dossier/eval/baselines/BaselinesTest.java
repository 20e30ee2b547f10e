package dev.dossier.eval.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.summary.Selection;
import dev.dossier.analyze.summary.Summarizer;
import dev.dossier.analyze.summary.SummaryInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  static SummaryInput.Doc doc(String id, String... sentences) {
    List<SummaryInput.Sent> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new SummaryInput.Sent(out.size(), s, Arrays.asList(s.toLowerCase().split("\\W+"))));
    }
    return new SummaryInput.Doc(id, out);
  }

  static final SummaryInput INPUT =
      new SummaryInput(
          List.of(
              doc(
                  "a",
                  "The council closed the old bridge on Tuesday.",
                  "Repairs will take a year.",
                  "Drivers must use the ring road.",
                  "A bakery nearby sold out of bread."),
              doc(
                  "b",
                  "Engineers found cracks in the old bridge.",
                  "The council closed the bridge for repairs.",
                  "The repairs will cost four million."),
              doc("c", "The old bridge is closed for a year of repairs.")));

  private static List<String> texts(List<Selection> s) {
    return s.stream().map(Selection::text).toList();
  }

  @Test
  void lead3TakesTheFirstThreeOfEachDocumentInOrder() {
    assertThat(texts(new Lead3().summarize(INPUT, 5)))
        .containsExactly(
            "The council closed the old bridge on Tuesday.",
            "Repairs will take a year.",
            "Drivers must use the ring road.",
            "Engineers found cracks in the old bridge.",
            "The council closed the bridge for repairs.",
            "The repairs will cost four million.",
            "The old bridge is closed for a year of repairs.");
  }

  @Test
  void leadFillTakesFirstSentencesInTurnUntilTheBudget() {
    assertThat(texts(new LeadFill().summarize(INPUT, 20)))
        .containsExactly(
            "The council closed the old bridge on Tuesday.",
            "Engineers found cracks in the old bridge.",
            "The old bridge is closed for a year of repairs.");
    // 8 + 7 + 10 = 25 words after one round; a budget of 26 takes the second sentence of the first
    // document.
    assertThat(texts(new LeadFill().summarize(INPUT, 25))).hasSize(3);
    assertThat(texts(new LeadFill().summarize(INPUT, 26)))
        .hasSize(4)
        .last()
        .isEqualTo("Repairs will take a year.");
  }

  @Test
  void leadFillSkipsSentencesWithNoStatement() {
    // A caption has an empty statement: it is neither output nor counted against the budget.
    SummaryInput withCaption =
        new SummaryInput(
            List.of(
                doc(
                    "a",
                    "",
                    "The council closed the old bridge on Tuesday.",
                    "Repairs will take a year."),
                doc("b", "Engineers found cracks in the old bridge.")));
    assertThat(texts(new LeadFill().summarize(withCaption, 15)))
        .containsExactly(
            "Engineers found cracks in the old bridge.",
            "The council closed the old bridge on Tuesday.");
  }

  @Test
  void everyBaselineStaysNearTheBudgetAndNeverRepeats() {
    for (Summarizer s :
        List.of(new LexRank(), new TextRank(), new SumBasic(), new MmrCentroid(), new LeadFill())) {
      List<Selection> sel = s.summarize(INPUT, 15);
      int words = sel.stream().mapToInt(x -> x.text().split("\\s+").length).sum();
      assertThat(words).as(s.name()).isBetween(15, 15 + 12);
      assertThat(texts(sel)).as(s.name()).doesNotHaveDuplicates();
      assertThat(s.summarize(new SummaryInput(List.of()), 15)).as(s.name()).isEmpty();
    }
  }

  @Test
  void graphBaselinesPreferTheCentralSentenceOverTheOffTopicOne() {
    for (Summarizer s : List.of(new LexRank(), new TextRank(), new MmrCentroid(), new SumBasic())) {
      List<String> first = texts(s.summarize(INPUT, 8));
      assertThat(first).as(s.name()).doesNotContain("A bakery nearby sold out of bread.");
    }
  }

  @Test
  void pageRankOfASymmetricStarPutsTheHubFirst() {
    double[][] w = {{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}};
    double[] r = SentencePool.pageRank(w, 0.85, 50);
    assertThat(r[0]).isGreaterThan(r[1]);
    assertThat(Arrays.stream(r).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
  }
}
