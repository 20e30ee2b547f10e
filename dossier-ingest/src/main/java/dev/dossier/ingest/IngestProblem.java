package dev.dossier.ingest;

/** Something that could not be read, reported to the user as one line: where, and why. */
public record IngestProblem(String where, String reason) {
  @Override
  public String toString() {
    return where + ": " + reason;
  }
}
