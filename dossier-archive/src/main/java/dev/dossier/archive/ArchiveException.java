package dev.dossier.archive;

/** A problem with the archive a user can act on (locked by another run, unreadable folder). */
public final class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
