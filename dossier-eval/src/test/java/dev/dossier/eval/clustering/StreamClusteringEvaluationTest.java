package dev.dossier.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dossier.eval.data.EvalCluster;
import dev.dossier.group.cluster.ClustererOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamClusteringEvaluationTest {
  /** Fictional stories, two reports each; the ferry story also has a page that cleaning empties. */
  static final List<EvalCluster> CLUSTERS =
      List.of(
          new EvalCluster(
              "ferry",
              List.of(
                  "Ferry crews in Valmere walked out on Monday over pay, stranding hundreds of island commuters at the pier.",
                  "Hundreds of Valmere island commuters were stranded at the pier on Monday when ferry crews struck over pay.",
                  "Click here to subscribe. Sign up for our newsletter."),
              List.of(),
              List.of(0, 1)),
          new EvalCluster(
              "vote",
              List.of(
                  "Voters in Oster elected Dana Whitlock governor after a long campaign about school funding and teacher pay.",
                  "Dana Whitlock won the Oster governor race on promises of school funding and better teacher pay."),
              List.of()),
          new EvalCluster(
              "storm",
              List.of(
                  "A winter storm cut power to thousands of homes across Tarn Island on Friday night; ferries stayed in port.",
                  "Thousands of homes on Tarn Island lost power in Friday night's winter storm, and ferries stayed in port."),
              List.of()));

  @Test
  void scoresTheGroupingAndTheCeilingOfAPerfectOne() {
    StreamClusteringEvaluation.Report r =
        StreamClusteringEvaluation.runClusters(CLUSTERS, false, 7, ClustererOptions.defaults());
    assertThat(r.documents()).isEqualTo(7);
    assertThat(r.emptied()).isEqualTo(1);
    assertThat(r.withText().pairwiseF1()).isEqualTo(1.0);
    // Five gold pairs; the emptied page is in two of them, which no clusterer can find.
    assertThat(r.ceiling().pairwiseRecall()).isEqualTo(0.6, within(1e-9));
    assertThat(r.all().pairwiseRecall()).isLessThanOrEqualTo(r.ceiling().pairwiseRecall());
  }

  @Test
  void keptOnlyLeavesOutTheDocumentsTheDataMarksOffTopic() {
    StreamClusteringEvaluation.Report r =
        StreamClusteringEvaluation.runClusters(CLUSTERS, true, 7, ClustererOptions.defaults());
    assertThat(r.documents()).isEqualTo(6);
    assertThat(r.emptied()).isZero();
    assertThat(r.ceiling().pairwiseF1()).isEqualTo(1.0);
  }
}
