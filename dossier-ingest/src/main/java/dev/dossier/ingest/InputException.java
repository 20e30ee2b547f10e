package dev.dossier.ingest;

/**
 * A user error about the input as a whole (missing path, nothing readable). The CLI prints its
 * message as one line and exits non-zero; it is never shown with a stack trace.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
