/**
 * The briefing, part of the public API: records that mirror the JSON contract ({@code
 * briefing.schema.json}).
 */
package dev.dossier.model.briefing;
