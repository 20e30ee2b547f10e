/**
 * Rules about news text that several stages share and that need no NLP models: tense, calendar
 * words, date arithmetic, where a sentence's statement begins (page furniture), captions. Each rule
 * is written here once.
 *
 * <p><b>Internal:</b> this package is a stage of the engine, not a stable API. Applications call
 * {@link dev.dossier.engine.Dossier}; the types here may change between versions without notice.
 */
package dev.dossier.text;
