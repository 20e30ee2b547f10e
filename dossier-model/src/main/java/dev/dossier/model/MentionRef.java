package dev.dossier.model;

/** A mention's address in a story: which article, which span. */
public record MentionRef(String articleId, Span span) {}
