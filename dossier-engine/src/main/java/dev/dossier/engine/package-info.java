/**
 * Dossier's engine, the public API: {@link dev.dossier.engine.Dossier} reads articles, briefs a
 * story, summarizes clusters and opens archives of stories ({@link
 * dev.dossier.engine.StoryArchive}). Build one engine per process and share it; it loads its models
 * once and is thread-safe. Progress and warnings go to a {@link
 * dev.dossier.engine.ProgressListener}; the engine never prints.
 */
package dev.dossier.engine;
