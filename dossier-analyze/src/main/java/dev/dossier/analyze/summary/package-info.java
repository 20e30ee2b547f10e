/**
 * Extractive summarizers: the learned one (LightGBM scorer, redundancy control, reranker,
 * paraphrase test) and the unsupervised centroid one.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.analyze.summary;
