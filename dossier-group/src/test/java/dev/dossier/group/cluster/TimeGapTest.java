package dev.dossier.group.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeGapTest {
  @Test
  void undatedOrWithinTheWindowChangesNothing() {
    assertThat(TimeGap.factor(-1, 7)).isEqualTo(1.0);
    assertThat(TimeGap.factor(0, 7)).isEqualTo(1.0);
    assertThat(TimeGap.factor(7, 7)).isEqualTo(1.0);
  }

  @Test
  void furtherApartCountsLessButNeverNothing() {
    double prev = 1;
    for (long days = 8; days < 20_000; days *= 2) {
      double f = TimeGap.factor(days, 7);
      assertThat(f).isLessThan(prev).isGreaterThan(0);
      prev = f;
    }
    assertThat(TimeGap.factor(14, 7)).isEqualTo(1 / (1 + TimeGap.PER_DOUBLING), within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.api.Assertions.within(1e-12);
  }
}
