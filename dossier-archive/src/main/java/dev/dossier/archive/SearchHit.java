package dev.dossier.archive;

/**
 * An article found by a search: its BM25 score and a snippet (the first sentence of its text that
 * holds a searched word, else its opening).
 */
public record SearchHit(ArchivedArticle article, float score, String snippet) {}
