package dev.dossier.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a predicted clustering with gold clusters over the same items: pairwise
 * precision/recall/F1 (over all pairs of items: same predicted cluster vs same gold cluster, as in
 * Miranda et al. 2018) and B-cubed precision/recall/F1 (Bagga and Baldwin 1998, averaged per item).
 */
public record ClusteringMetrics(
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    int items,
    int goldClusters,
    int predictedClusters) {

  public static ClusteringMetrics of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold and predicted differ in size: " + gold.size() + " vs " + predicted.size());
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> cell = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      cell.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double tp = cell.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double predPairs = predSize.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double goldPairs = goldSize.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double p = predPairs == 0 ? 1 : tp / predPairs;
    double r = goldPairs == 0 ? 1 : tp / goldPairs;
    double bp = 0;
    double br = 0;
    for (int i = 0; i < gold.size(); i++) {
      int both = cell.get(gold.get(i) + "\u0000" + predicted.get(i));
      bp += both / (double) predSize.get(predicted.get(i));
      br += both / (double) goldSize.get(gold.get(i));
    }
    int n = Math.max(1, gold.size());
    bp /= n;
    br /= n;
    return new ClusteringMetrics(
        p, r, f1(p, r), bp, br, f1(bp, br), gold.size(), goldSize.size(), predSize.size());
  }

  private static double pairs(int k) {
    return k * (k - 1) / 2.0;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
