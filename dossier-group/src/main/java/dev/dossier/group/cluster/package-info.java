/**
 * Online story clustering, and the one rule for the text it sees ({@link
 * dev.dossier.group.cluster.ClusterText}).
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.group.cluster;
