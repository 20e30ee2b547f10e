package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvalClusteringCommandTest {
  private static double figure(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertThat(m.find()).as("%s in%n%s", regex, out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void scoresTheShuffledStreamAndStatesWhatAPerfectClustererCouldReach() {
    CliRun r =
        CliRun.of(
            "eval-clustering",
            "--in",
            "src/test/resources/clustering/stories.jsonl",
            "--limit",
            "0");
    assertThat(r.exit()).as(r.err()).isZero();
    // Three fictional stories told twice each, plus one page of pure platform text that cleaning
    // empties.
    assertThat(r.out()).contains("3 clusters, 7 documents (1 empty after cleaning, 0 dated)");
    assertThat(
            figure(
                r.out(),
                "without the 1 documents that cleaning emptied[^:]*: pairwise F1 ([0-9.]+)"))
        .isEqualTo(1.0);
    // 5 gold pairs in all; the emptied page takes 2 of the bridge story's 3 pairs away from any
    // clusterer.
    double ceilingRecall = figure(r.out(), "ceiling[^\\n]*\\(R ([0-9.]+)\\)");
    assertThat(ceilingRecall).isEqualTo(3.0 / 5.0, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(figure(r.out(), "ceiling[^\\n]*pairwise F1 ([0-9.]+)"))
        .isEqualTo(0.75, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(figure(r.out(), "(?m)^pairwise  P [0-9.]+  R [0-9.]+  F1 ([0-9.]+)"))
        .isEqualTo(0.75, org.assertj.core.api.Assertions.within(1e-4));
  }
}
