package dev.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Turns a file into text, or says in one line why it cannot: too large, empty, binary. Invalid
 * UTF-8 is not fatal: the file is read as windows-1252 (what mislabelled Western news pages almost
 * always are) and a warning says so.
 */
public final class FileDecoder {
  /** Files above this size are refused; a news article is a few hundred kilobytes at most. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final long maxBytes;

  public FileDecoder(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Decoded text; throws {@link UnreadableFileException} with a user-facing reason. */
  public String decode(Path file, Consumer<IngestProblem> warnings) {
    byte[] bytes = readBytes(file);
    if (bytes.length == 0) {
      throw new UnreadableFileException("empty file");
    }
    if (looksBinary(bytes)) {
      throw new UnreadableFileException("binary file, not text");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.accept(new IngestProblem(file.toString(), "not valid UTF-8; read as windows-1252"));
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private byte[] readBytes(Path file) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UnreadableFileException(
            "file too large ("
                + size / (1024 * 1024)
                + " MB, limit "
                + maxBytes / (1024 * 1024)
                + " MB)");
      }
      if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
        return Files.readAllBytes(file);
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return readBounded(in);
      }
    } catch (java.util.zip.ZipException e) {
      throw new UnreadableFileException("not a valid gzip file");
    } catch (IOException e) {
      throw new UnreadableFileException("cannot read: " + e.getMessage());
    }
  }

  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new UnreadableFileException(
            "file too large once decompressed (limit " + maxBytes / (1024 * 1024) + " MB)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** NUL bytes, or many control characters in the first 8 KB, mean this is not a text file. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n / 20;
  }

  /** A per-file failure with a reason fit to show the user. */
  public static final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String reason) {
      super(reason);
    }
  }
}
