/**
 * Readers for every input format (text, HTML, JSONL, feeds, WARC) through one path ({@link
 * dev.dossier.ingest.ArticleLoader}), and the cleaning of web debris.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.ingest;
