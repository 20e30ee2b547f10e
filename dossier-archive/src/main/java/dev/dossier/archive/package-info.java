/**
 * The embedded archive: a Lucene index of articles and their stories.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.archive;
