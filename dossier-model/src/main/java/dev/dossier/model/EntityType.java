package dev.dossier.model;

/** The kinds of named entity the briefing tracks. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION;

  /** Maps a CoreNLP coarse NER tag to a type, or null for tags we do not track. */
  public static EntityType fromNerTag(String tag) {
    return switch (tag) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION" -> ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      default -> null;
    };
  }
}
