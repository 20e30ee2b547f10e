package dev.dossier.analyze.summary;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Loads LightGBM's native libraries safely when several Dossier processes run at once.
 *
 * <p>Why this exists: lightgbm4j extracts {@code lib_lightgbm.so} to the same path under {@code
 * java.io.tmpdir} in every process and overwrites it there each time. A process that starts while
 * another runs rewrites a library the other has mapped, and the other dies with SIGSEGV. (Seen
 * here: a test fork died while a {@code dossier eval} started.) lightgbm4j reads {@code
 * java.io.tmpdir} when it loads, so pointing it at a private directory for that moment gives each
 * process its own copy. The copy is deleted once loaded; the mapping stays valid.
 */
public final class NativeLightGbm {
  private static boolean loaded;

  private NativeLightGbm() {}

  /** Loads the libraries once per JVM; call before any other LightGBM class is touched. */
  public static synchronized void load() {
    if (loaded) {
      return;
    }
    String shared = System.getProperty("java.io.tmpdir");
    Path own;
    try {
      own = Files.createTempDirectory("dossier-lightgbm-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for LightGBM's native library", e);
    }
    System.setProperty("java.io.tmpdir", own.toString() + "/");
    try {
      LGBMBooster.loadNative();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load LightGBM's native library", e);
    } finally {
      System.setProperty("java.io.tmpdir", shared);
      deleteQuietly(own);
    }
    loaded = true;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Leaving a few megabytes in the temporary directory is harmless.
    }
    dir.toFile().delete();
  }
}
