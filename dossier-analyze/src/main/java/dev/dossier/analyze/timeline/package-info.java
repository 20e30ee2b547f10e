/**
 * The briefing's timeline: dated event statements in date order, one entry per event across
 * sources.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.analyze.timeline;
