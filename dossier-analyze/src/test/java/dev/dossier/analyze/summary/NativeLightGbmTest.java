package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Loading LightGBM leaves the shared temporary directory alone, so concurrent processes cannot
 * clobber it.
 */
class NativeLightGbmTest {
  @Test
  void loadsWithoutWritingTheSharedLibraryPath() throws Exception {
    Path shared = Path.of(System.getProperty("java.io.tmpdir"), "lib_lightgbm.so");
    long before = Files.exists(shared) ? Files.getLastModifiedTime(shared).toMillis() : -1;
    Thread.sleep(20);
    NativeLightGbm.load();
    NativeLightGbm.load();
    assertThat(LGBMBooster.isNativeLoaded()).isTrue();
    long after = Files.exists(shared) ? Files.getLastModifiedTime(shared).toMillis() : -1;
    assertThat(after)
        .as("lib_lightgbm.so in the shared temporary directory was rewritten")
        .isEqualTo(before);
    assertThat(System.getProperty("java.io.tmpdir")).doesNotContain("dossier-lightgbm-");
  }
}
