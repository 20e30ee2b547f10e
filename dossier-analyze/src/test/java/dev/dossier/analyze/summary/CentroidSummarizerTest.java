package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CentroidSummarizerTest {
  private static SummaryInput.Doc doc(String id, String... sentences) {
    List<SummaryInput.Sent> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new SummaryInput.Sent(out.size(), s, Arrays.asList(s.split("\\s+|(?=[.,])"))));
    }
    return new SummaryInput.Doc(id, out);
  }

  private final SummaryInput input =
      new SummaryInput(
          List.of(
              doc(
                  "a",
                  "The council closed the old bridge on Tuesday for urgent repairs.",
                  "Drivers were told to use the ring road while engineers inspect the supports.",
                  "The bakery on the corner sold out of bread by noon."),
              doc(
                  "b",
                  "The council closed the old bridge on Tuesday for urgent repairs.",
                  "Engineers found cracks in two of the supports last month, officials said.",
                  "Repairs are expected to take a year and cost four million."),
              doc(
                  "c",
                  "Officials closed the old bridge on Tuesday after engineers found cracks.",
                  "Repairs to the bridge supports will take a year, the council said.")));

  @Test
  void neverRepeatsASentenceAndCitesIdenticalOnesInOtherSources() {
    List<Selection> s = new CentroidSummarizer().summarize(input, 60);
    Set<String> texts = new HashSet<>();
    for (Selection sel : s) {
      assertThat(texts.add(sel.text())).as("repeated: %s", sel.text()).isTrue();
    }
    Selection lead =
        s.stream().filter(x -> x.text().startsWith("The council closed")).findFirst().orElseThrow();
    assertThat(lead.support()).extracting(Selection.Ref::doc).contains(0, 1);
  }

  @Test
  void selectedTextIsTheSourceSentenceVerbatim() {
    for (Selection sel : new CentroidSummarizer().summarize(input, 80)) {
      SummaryInput.Sent src = input.docs().get(sel.doc()).sentences().get(sel.sentence());
      assertThat(sel.text()).isEqualTo(src.text());
    }
  }

  @Test
  void respectsTheWordBudgetWithinOneSentenceOfSlack() {
    List<Selection> s = new CentroidSummarizer().summarize(input, 25);
    int words = s.stream().mapToInt(x -> x.text().split("\\s+").length).sum();
    assertThat(words).isBetween(1, 25 + 15);
  }

  @Test
  void emptyInputGivesEmptySummaryAndBadBudgetFails() {
    assertThat(new CentroidSummarizer().summarize(new SummaryInput(List.of()), 50)).isEmpty();
    assertThatThrownBy(() -> new CentroidSummarizer().summarize(input, 0))
        .hasMessageContaining("budget");
  }

  @Test
  void fragmentsQuestionsAndHeadingsAreNotSummaryMaterial() {
    assertThat(
            CentroidSummarizer.isSummaryMaterial(
                "Will the bridge ever reopen for traffic again?", 9))
        .isFalse();
    assertThat(
            CentroidSummarizer.isSummaryMaterial("and then the council left the hall quietly.", 8))
        .isFalse();
    assertThat(
            CentroidSummarizer.isSummaryMaterial(
                "The council closed the old bridge on Tuesday.", 8))
        .isTrue();
    assertThat(CentroidSummarizer.isSummaryMaterial("“We had no choice,” the mayor said.", 6))
        .isTrue();
  }
}
