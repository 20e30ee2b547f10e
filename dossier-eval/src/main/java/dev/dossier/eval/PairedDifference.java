package dev.dossier.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much better one system scores than a baseline on the same clusters: the mean of the
 * per-cluster differences, a 95% interval for it from a paired bootstrap over clusters (percentile
 * method), and in how many clusters it scores higher, the same, or lower. Two systems a few tenths
 * apart on 100 clusters may differ by chance alone; the interval says whether the data can tell
 * them apart.
 *
 * <p>Written by hand because the libraries we use (Commons Math has paired t-tests, not resampling)
 * offer no bootstrap, and it is a few lines. The resampling is seeded, so a rerun prints the same
 * interval.
 */
public final class PairedDifference {
  /**
   * Resamples of the clusters; 1,000 puts the interval's ends within a few hundredths of a point.
   */
  public static final int RESAMPLES = 1_000;

  private static final long SEED = 1;

  /**
   * @param mean mean per-cluster difference (system minus baseline)
   * @param low, high the 2.5th and 97.5th percentiles of the resampled means
   */
  public record Result(double mean, double low, double high, int better, int same, int worse) {
    /**
     * Whether the interval excludes zero: the data show a difference, in the direction of the mean.
     */
    public boolean clear() {
      return low > 0 || high < 0;
    }
  }

  private PairedDifference() {}

  /**
   * The difference of paired scores ({@code system[i]} and {@code baseline[i]} are from one
   * cluster).
   */
  public static Result of(double[] system, double[] baseline) {
    if (system.length != baseline.length || system.length == 0) {
      throw new IllegalArgumentException(
          "need the same, non-zero number of scores from both systems");
    }
    int n = system.length;
    double[] diff = new double[n];
    double sum = 0;
    int better = 0;
    int worse = 0;
    for (int i = 0; i < n; i++) {
      diff[i] = system[i] - baseline[i];
      sum += diff[i];
      if (diff[i] > 0) {
        better++;
      } else if (diff[i] < 0) {
        worse++;
      }
    }
    double[] means = new double[RESAMPLES];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int b = 0; b < RESAMPLES; b++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += diff[random.nextInt(n)];
      }
      means[b] = s / n;
    }
    Arrays.sort(means);
    return new Result(
        sum / n,
        means[(int) Math.floor(0.025 * (RESAMPLES - 1))],
        means[(int) Math.ceil(0.975 * (RESAMPLES - 1))],
        better,
        n - better - worse,
        worse);
  }
}
