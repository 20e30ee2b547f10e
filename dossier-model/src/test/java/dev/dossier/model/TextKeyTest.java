package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextKeyTest {
  /** The definition: lowercase, runs of anything but letters and digits folded to one space. */
  private static String byRegex(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  @Test
  void foldsCaseAndEveryRunOfOtherCharacters() {
    assertThat(TextKey.of("  The Ferry—crews' \"strike\", 2025!  ").value())
        .isEqualTo("the ferry crews strike 2025");
    assertThat(TextKey.of("...").value()).isEmpty();
    assertThat(TextKey.of("Ærø Ⅻ ½ café").value()).isEqualTo("ærø ⅻ ½ café");
  }

  @Test
  void agreesWithTheRegularExpressionOnVariedText() {
    String alphabet = "abcXYZ019 .,;:'\"-–—()éÉßøÆ½Ⅻ\n\t\u00A0😀";
    Random r = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        sb.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertThat(TextKey.of(sb.toString()).value()).as("%s", sb).isEqualTo(byRegex(sb.toString()));
    }
  }
}
