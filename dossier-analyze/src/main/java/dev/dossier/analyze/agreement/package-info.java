/**
 * Facts several sources state, divergences where they give different values, statements only one
 * source makes.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.analyze.agreement;
