/**
 * Near-duplicates (MinHash with locality-sensitive hashing): syndicated copies linked to their
 * original.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.group.dedup;
