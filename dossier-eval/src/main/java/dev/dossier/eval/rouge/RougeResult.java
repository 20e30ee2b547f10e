package dev.dossier.eval.rouge;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L (whole text) and ROUGE-Lsum (summary level, lines as sentences) of one
 * example.
 */
public record RougeResult(
    RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, RougeScore rougeLsum) {}
