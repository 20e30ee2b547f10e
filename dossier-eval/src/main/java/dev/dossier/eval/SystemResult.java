package dev.dossier.eval;

/** Corpus-level scores of one system: means of per-example precision, recall and F, in percent. */
public record SystemResult(String system, int clusters, double r1p, double r1r, double r1f, double r2p,
    double r2r, double r2f, double rlf, double rlsumf, double meanWords, double seconds) {}
