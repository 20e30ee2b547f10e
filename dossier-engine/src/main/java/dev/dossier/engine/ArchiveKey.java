package dev.dossier.engine;

import dev.dossier.model.TextKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The archive key of an article: SHA-256 of its id and its text's comparison form, 128 bits in hex.
 * Re-ingesting an article adds nothing; the same text under another id (a syndicated copy) is
 * stored and linked to its original.
 */
public final class ArchiveKey {
  private ArchiveKey() {}

  public static String of(String id, String text) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest((id + "\n" + TextKey.of(text).value()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
