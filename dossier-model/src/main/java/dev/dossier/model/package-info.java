/**
 * The data model, part of the public API: immutable records. An {@link dev.dossier.model.Article}
 * owns its text and every annotation is a {@link dev.dossier.model.Span} into it; {@link
 * dev.dossier.model.AnnotatedStory} is what annotation hands to analysis.
 */
package dev.dossier.model;
