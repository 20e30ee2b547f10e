package dev.dossier.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.summary.LearnedSummarizer;
import dev.dossier.analyze.summary.SentenceFeatures;
import dev.dossier.analyze.summary.SentenceScorer;
import dev.dossier.analyze.summary.SummaryInput;
import dev.dossier.analyze.summary.WordSalience;
import dev.dossier.eval.data.EvalCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingTest {
  static SummaryInput.Doc doc(String... sentences) {
    List<SummaryInput.Sent> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new SummaryInput.Sent(out.size(), s, Arrays.asList(s.toLowerCase().split("\\W+"))));
    }
    return new SummaryInput.Doc("d", out);
  }

  @Test
  void oraclePicksTheSentencesThatCoverTheReferenceAndStopsWhenNothingHelps() {
    SummaryInput in =
        new SummaryInput(
            List.of(
                doc(
                    "The council closed the old bridge on Tuesday.",
                    "A bakery sold bread to tourists all afternoon.",
                    "Repairs to the bridge will take a full year.")));
    SentenceFeatures f = new SentenceFeatures(in, 100, new WordSalience(java.util.Map.of(), 0.3f));
    Set<Integer> chosen =
        new OracleLabeler()
            .label(f.rows(), "The council closed the bridge; repairs will take a year.", 100);
    assertThat(chosen).containsExactlyInAnyOrder(0, 2);
    double[] p =
        new OracleLabeler()
            .precision(f.rows(), "The council closed the bridge; repairs will take a year.");
    assertThat(p[0]).isGreaterThan(p[1]);
    assertThat(p[2]).isGreaterThan(p[1]);
  }

  @Test
  void trainsAModelThatLoadsAndPrefersWhatTheReferencesSay() throws Exception {
    // Synthetic clusters: the reference always repeats the sentence about the bridge, never the
    // filler.
    Random r = new Random(3);
    List<EvalCluster> clusters = new ArrayList<>();
    List<SummaryInput> inputs = new ArrayList<>();
    String[] fillers = {
      "Weather was mild and dry across the region today.",
      "A local team won its match easily.",
      "Shops reported ordinary sales for the season.",
      "Traffic moved slowly near the market square."
    };
    for (int i = 0; i < 300; i++) {
      String key = "The council closed bridge number " + i + " after engineers found deep cracks.";
      List<String> sents = new ArrayList<>(List.of(fillers[r.nextInt(4)], fillers[r.nextInt(4)]));
      sents.add(r.nextInt(3), key);
      inputs.add(new SummaryInput(List.of(doc(sents.toArray(new String[0])))));
      clusters.add(
          new EvalCluster(
              "c" + i, List.of(String.join(" ", sents)), List.of(key + " Repairs begin soon.")));
    }
    SummarizerTrainer.Result res =
        new SummarizerTrainer()
            .train(clusters, inputs, 12, 30, 1, SummarizerTrainer.Labels.ORACLE, n -> {});
    assertThat(res.trainClusters() + res.holdoutClusters()).isEqualTo(300);
    SentenceScorer scorer = SentenceScorer.fromModelString(res.model());
    LearnedSummarizer s = new LearnedSummarizer(scorer, res.salience(), Double.NEGATIVE_INFINITY);
    SummaryInput test =
        new SummaryInput(
            List.of(
                doc(
                    fillers[0],
                    "The council closed bridge number 999 after engineers " + "found deep cracks.",
                    fillers[1])));
    // With a 10-word budget only the top-scored sentence fits (summaries come in reading order
    // otherwise).
    List<dev.dossier.analyze.summary.Selection> top = s.summarize(test, 10);
    assertThat(top).hasSize(1);
    assertThat(top.get(0).text()).startsWith("The council closed bridge");
  }

  @Test
  void tooFewClustersOnEitherSideOfTheHoldoutSplitIsSaidPlainly() {
    List<EvalCluster> clusters = new ArrayList<>();
    List<SummaryInput> inputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String key = "The council closed bridge number " + i + " after engineers found deep cracks.";
      inputs.add(new SummaryInput(List.of(doc(key, "A local team won its match easily."))));
      clusters.add(new EvalCluster("c" + i, List.of(key), List.of(key)));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new SummarizerTrainer()
                    .train(clusters, inputs, 12, 5, 1, SummarizerTrainer.Labels.ORACLE, n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too few clusters to train on");
  }

  @Test
  void trainsARerankerThatLoadsByCrossFittingTwoScorers() throws Exception {
    Random r = new Random(5);
    List<EvalCluster> clusters = new ArrayList<>();
    List<SummaryInput> inputs = new ArrayList<>();
    String[] fillers = {
      "Weather was mild and dry across the region today.",
      "A local team won its match easily.",
      "Shops reported ordinary sales for the season.",
      "Traffic moved slowly near the market square."
    };
    for (int i = 0; i < 200; i++) {
      String key = "The council closed bridge number " + i + " after engineers found deep cracks.";
      String more = "Repairs to bridge " + i + " will take a year.";
      List<String> sents =
          new ArrayList<>(List.of(fillers[r.nextInt(4)], fillers[r.nextInt(4)], more));
      sents.add(r.nextInt(3), key);
      inputs.add(new SummaryInput(List.of(doc(sents.toArray(new String[0])))));
      clusters.add(
          new EvalCluster("c" + i, List.of(String.join(" ", sents)), List.of(key + " " + more)));
    }
    SummarizerTrainer.Result scorer =
        new SummarizerTrainer()
            .train(clusters, inputs, 25, 30, 1, SummarizerTrainer.Labels.ORACLE, n -> {});
    RerankerTrainer.Result res =
        new RerankerTrainer()
            .train(
                clusters,
                inputs,
                25,
                30,
                1,
                new RerankerTrainer.Scorer(
                    SentenceScorer.fromModelString(scorer.model()),
                    scorer.salience(),
                    scorer.stopBelow()),
                n -> {});
    assertThat(res.trainClusters() + res.holdoutClusters()).isEqualTo(200);
    assertThat(res.holdoutClusters()).isPositive();
    assertThat(res.candidateOracleRouge1()).isGreaterThanOrEqualTo(res.defaultRouge1());
    assertThat(res.candidateOracleRouge1()).isGreaterThanOrEqualTo(res.rerankedRouge1());
    assertThat(dev.dossier.analyze.summary.SummaryReranker.fromModelString(res.model()))
        .isNotNull();
  }
}
