/**
 * The analysis stage: from an annotated story to a briefing (summary, facts and divergences,
 * quotes, timeline, actors). Depends on neither CoreNLP nor another stage.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.analyze;
