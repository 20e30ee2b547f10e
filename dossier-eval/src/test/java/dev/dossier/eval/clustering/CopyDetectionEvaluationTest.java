package dev.dossier.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.eval.data.EvalCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyDetectionEvaluationTest {
  /**
   * About 200 made-up words, different for each seed (a vocabulary large enough that reports
   * differ).
   */
  private static String report(int seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("word").append(r.nextInt(3000)).append(i % 12 == 11 ? ". " : " ");
    }
    return sb.toString().strip();
  }

  @Test
  void linksEveryEditedCopyToItsOriginalAndNothingElse() {
    List<EvalCluster> clusters = new ArrayList<>();
    for (int c = 0; c < 20; c++) {
      clusters.add(new EvalCluster("c" + c, List.of(report(2 * c), report(2 * c + 1)), List.of()));
    }
    CopyDetectionEvaluation.Report r = CopyDetectionEvaluation.run(clusters, 11);
    assertThat(r.originals()).isEqualTo(20);
    assertThat(r.copies()).isEqualTo(20);
    assertThat(r.others()).isEqualTo(20);
    // The harness is under test here, not the detector: copies found are all linked right, and
    // nearly all
    // copies are found (one of these twenty falls under the Jaccard threshold after its random
    // edits).
    assertThat(r.precision()).as(r.toString()).isEqualTo(1.0);
    assertThat(r.right()).isEqualTo(r.flagged());
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void anEditKeepsMostWordsAndChangesSome() {
    String text = report(3);
    String copy = CopyDetectionEvaluation.edit(text, new Random(5));
    int words = text.split("\\s+").length;
    assertThat(copy).isNotEqualTo(text);
    assertThat(copy.split("\\s+").length).isBetween((int) (words * 0.85), words + 20);
  }

  @Test
  void documentsTooShortToJudgeAreLeftOut() {
    List<EvalCluster> clusters =
        List.of(new EvalCluster("s", List.of("A short note.", "Another short note."), List.of()));
    CopyDetectionEvaluation.Report r = CopyDetectionEvaluation.run(clusters, 11);
    assertThat(r.documents()).isZero();
  }
}
