package dev.dossier.group.cluster;

/** Where an article went: its story, and the article it copies (null when it is no copy). */
public record Assignment(String articleId, String story, String duplicateOf) {}
