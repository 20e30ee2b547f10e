package dev.dossier.eval;

/**
 * One system's ROUGE F on one cluster (in 0..1), and its summary's length in words after the budget
 * cut.
 */
public record ExampleScore(String id, double r1f, double r2f, double rlf, int words) {}
