package dev.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dossier.eval.clustering.ClusteringMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {
  @Test
  void handComputedPairwiseAndBcubed() {
    // gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}
    List<String> gold = List.of("A", "A", "A", "B", "B");
    List<String> pred = List.of("x", "x", "y", "y", "y");
    ClusteringMetrics m = ClusteringMetrics.of(gold, pred);
    // predicted pairs: 1 + 3 = 4; gold pairs: 3 + 1 = 4; true pairs: (1,2) and (4,5) = 2
    assertThat(m.pairwisePrecision()).isCloseTo(0.5, within(1e-12));
    assertThat(m.pairwiseRecall()).isCloseTo(0.5, within(1e-12));
    // B-cubed precision per item: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15
    assertThat(m.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(m.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
  }

  @Test
  void perfectAndAllSingletons() {
    List<String> gold = List.of("A", "A", "B");
    assertThat(ClusteringMetrics.of(gold, List.of("p", "p", "q")).pairwiseF1()).isEqualTo(1.0);
    ClusteringMetrics singles = ClusteringMetrics.of(gold, List.of("1", "2", "3"));
    assertThat(singles.pairwiseRecall()).isZero();
    assertThat(singles.bcubedPrecision()).isEqualTo(1.0);
  }
}
