package dev.dossier.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a whole output file atomically: a reader never sees half a briefing. */
public final class OutputFile {
  private OutputFile() {}

  /**
   * Makes sure a file written later (or appended to as work proceeds) can be: its folder is
   * created, and an unwritable place is a one-line error now rather than an internal error after a
   * long run.
   *
   * @param option the option that named it, for the message ("--out")
   */
  public static void prepare(Path target, String option) {
    Path abs = target.toAbsolutePath();
    try {
      createFolder(abs);
    } catch (IOException e) {
      throw new OutputException(
          "cannot write " + option + " file " + target + ": " + e.getMessage());
    }
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)
        || (dir != null && !Files.isWritable(dir))
        || (Files.exists(abs) && !Files.isWritable(abs))) {
      throw new OutputException("cannot write " + option + " file " + target);
    }
  }

  public static void write(Path target, String content) {
    Path abs = target.toAbsolutePath();
    try {
      createFolder(abs);
      // Not Files.createTempFile: it makes the file owner-only (rw-------). A file created the
      // ordinary way
      // gets the permissions the user's umask gives, like any other program's output.
      Path tmp =
          abs.resolveSibling(
              "."
                  + abs.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "."
                  + System.nanoTime()
                  + ".tmp");
      Files.writeString(
          tmp,
          content,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputException("cannot write " + target + ": " + e.getMessage());
    }
  }

  /** A file that cannot be written: the user's to fix (a path, a permission), shown as one line. */
  public static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }
  }

  private static void createFolder(Path abs) throws IOException {
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
  }
}
