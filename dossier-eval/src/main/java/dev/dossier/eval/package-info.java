/**
 * Evaluation: ROUGE, baselines, clustering and copy-detection metrics, dataset readers, training.
 * An application of the engine, never a dependency of the product.
 */
package dev.dossier.eval;
