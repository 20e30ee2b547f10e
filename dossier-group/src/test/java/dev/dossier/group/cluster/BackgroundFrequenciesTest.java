package dev.dossier.group.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BackgroundFrequenciesTest {
  private static BackgroundFrequencies read(String text) throws IOException {
    return BackgroundFrequencies.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsHashesAndCountsUnderAHeader() throws IOException {
    BackgroundFrequencies f =
        read("# made by hand\ndocs 10\n00000000000000ff 4\nffffffffffffffff 2\n");
    assertThat(f.docs()).isEqualTo(10);
    assertThat(f.df(0xffL)).isEqualTo(4);
    assertThat(f.df(-1L)).isEqualTo(2);
    assertThat(f.df(7L)).isZero();
  }

  @Test
  void aFileOfAnotherKindIsRefusedWithAReason() {
    assertThatThrownBy(() -> read("00ff 4\n")).hasMessageContaining("no 'docs' line");
    assertThatThrownBy(() -> read("docs 3\nnot-a-hash\n"))
        .hasMessageContaining("not a background frequency file");
  }

  @Test
  void theShippedFileSaysWhereItCameFromAndCountsManyDocuments() throws IOException {
    try (var in = BackgroundFrequencies.class.getResourceAsStream(BackgroundFrequencies.RESOURCE)) {
      String head = new String(in.readNBytes(600), StandardCharsets.UTF_8);
      assertThat(head).contains("Learned by: dossier learn-frequencies").contains("licence");
    }
    assertThat(BackgroundFrequencies.shipped().docs()).isGreaterThan(10_000);
  }
}
