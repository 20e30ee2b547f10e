/**
 * The annotation stage on Stanford CoreNLP: sentences, tokens, entities, dates, quotes and their
 * speakers, reference dates, entities across a story's articles. The only stage that loads CoreNLP.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.annotate;
