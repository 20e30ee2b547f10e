/**
 * The briefing's quotes: each direct quote once, with its speaker and the other sources that carry
 * it.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.analyze.quotes;
