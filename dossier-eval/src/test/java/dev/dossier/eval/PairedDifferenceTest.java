package dev.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.dossier.testkit.SeededRandom;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {
  @Test
  void aConstantGainHasNoSpread() {
    PairedDifference.Result r =
        PairedDifference.of(new double[] {0.5, 0.6, 0.7}, new double[] {0.4, 0.5, 0.6});
    assertThat(r.mean()).isCloseTo(0.1, within(1e-12));
    assertThat(r.low()).isCloseTo(0.1, within(1e-12));
    assertThat(r.high()).isCloseTo(0.1, within(1e-12));
    assertThat(r.better()).isEqualTo(3);
    assertThat(r.clear()).isTrue();
  }

  @Test
  void countsWinsTiesAndLossesAndTheMeanByHand() {
    // Differences +0.2, 0, -0.1, +0.3: mean 0.1.
    PairedDifference.Result r =
        PairedDifference.of(new double[] {0.6, 0.5, 0.3, 0.9}, new double[] {0.4, 0.5, 0.4, 0.6});
    assertThat(r.mean()).isCloseTo(0.1, within(1e-12));
    assertThat(r.better()).isEqualTo(2);
    assertThat(r.same()).isEqualTo(1);
    assertThat(r.worse()).isEqualTo(1);
    // A resampled mean lies between the smallest and the largest difference.
    assertThat(r.low()).isBetween(-0.1, 0.1);
    assertThat(r.high()).isBetween(0.1, 0.3);
  }

  @Test
  void identicalSystemsDoNotDiffer() {
    double[] a = {0.1, 0.4, 0.9};
    PairedDifference.Result r = PairedDifference.of(a, a.clone());
    assertThat(r.mean()).isZero();
    assertThat(r.same()).isEqualTo(3);
    assertThat(r.clear()).isFalse();
  }

  @Test
  void mismatchedOrEmptyScoresAreRejected() {
    assertThatThrownBy(() -> PairedDifference.of(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PairedDifference.of(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Property: the interval holds the mean and is reproducible; for noise around no difference, the
   * mean stays near zero and the interval is as wide as the standard error says (about ±1.96 of
   * it); a gain of many standard errors is called a difference.
   */
  @Test
  void theIntervalHoldsTheMeanAndSeparatesRealGainsFromNoise() {
    SeededRandom random = SeededRandom.forTest("PairedDifferenceTest");
    for (int trial = 0; trial < 30; trial++) {
      int n = 200 + random.random().nextInt(300);
      double[] base = new double[n];
      double[] noise = new double[n];
      double[] gain = new double[n];
      for (int i = 0; i < n; i++) {
        base[i] = random.random().nextDouble();
        double e = random.random().nextGaussian() * 0.05;
        noise[i] = base[i] + e;
        gain[i] = base[i] + e + 0.05;
      }
      PairedDifference.Result r = PairedDifference.of(gain, base);
      String about = "trial " + trial + ", " + random.about("n=" + n);
      assertThat(r.low()).as(about).isLessThanOrEqualTo(r.mean());
      assertThat(r.high()).as(about).isGreaterThanOrEqualTo(r.mean());
      assertThat(PairedDifference.of(gain, base)).as(about).isEqualTo(r);
      // 0.05 is at least 14 standard errors (0.05 / sqrt(200)) from zero.
      assertThat(r.clear()).as(about).isTrue();
      PairedDifference.Result none = PairedDifference.of(noise, base);
      // The mean of pure noise lies within 5 standard errors of zero.
      assertThat(Math.abs(none.mean())).as(about).isLessThan(5 * 0.05 / Math.sqrt(n));
      assertThat(none.high() - none.low())
          .as(about)
          .isBetween(2 * 1.2 * 0.05 / Math.sqrt(n) * 0.8, 2 * 2.6 * 0.05 / Math.sqrt(n));
    }
  }
}
