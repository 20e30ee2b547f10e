package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameStatementTest {
  private static final String LEAD =
      "Ferry crews in Valmere walked off the job on Monday, halting every crossing.";

  @Test
  void aSummarySentenceCitesTheClosestSentenceOfEachOtherSourceAnywhereInIt() {
    SummaryInput input =
        new SummaryInput(
            List.of(
                LearnedSummarizerTest.doc(
                    LEAD, "The union wants a pay rise of eight percent this year."),
                LearnedSummarizerTest.doc(
                    "Tourists queued at the harbour gate for most of the afternoon.",
                    "Island schools closed early because teachers could not reach them.",
                    // Close to the lead, but the copy below is closer: that one is cited.
                    "Ferry crews in Valmere walked off the job on Monday, halting crossings.",
                    "The mayor asked both sides to meet before the weekend.",
                    LEAD),
                LearnedSummarizerTest.doc("The harbour museum reopened after a year of repairs.")));
    List<Selection> chosen = List.of(new Selection(0, 0, LEAD, List.of(new Selection.Ref(0, 0))));
    assertThat(SameStatement.acrossWholeInput(chosen, input).get(0).support())
        .containsExactly(new Selection.Ref(0, 0), new Selection.Ref(1, 4));
  }

  @Test
  void theSummarizerCitesCopiesBeyondWhatItReads() {
    // A 10-word budget reads 15 words of the cluster, 8 of them in the second source: its copy of
    // the lead is
    // beyond that. (Its first sentences are too short to quote, so the lead is what the summary
    // says.)
    SummaryInput input =
        new SummaryInput(
            List.of(
                LearnedSummarizerTest.doc(LEAD),
                LearnedSummarizerTest.doc(
                    "Tourists queued.", "Schools shut.", "Traffic stopped.", "Ships idle.", LEAD)));
    List<Selection> summary = new LearnedSummarizer().summarize(input, 10);
    assertThat(summary).extracting(Selection::text).containsExactly(LEAD);
    assertThat(summary.get(0).support())
        .containsExactly(new Selection.Ref(0, 0), new Selection.Ref(1, 4));
  }
}
