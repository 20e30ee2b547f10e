package dev.dossier.eval.rouge;

/** Precision, recall and F1 of one ROUGE variant on one example (all in 0..1). */
public record RougeScore(double precision, double recall, double f) {
  static RougeScore of(double overlap, double predictedTotal, double referenceTotal) {
    double p = predictedTotal == 0 ? 0 : overlap / predictedTotal;
    double r = referenceTotal == 0 ? 0 : overlap / referenceTotal;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new RougeScore(p, r, f);
  }
}
