package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The crews met Mara Holt on Monday.|true",
        "\"We sail at dawn,\" said Tomas Reyes.|true",
        "The crews met mara holt on monday. Talks failed, dr. Holt said.|false",
        "\" we sail at dawn, \" the crews said. I think so.|false",
        "''|false",
      })
  void looksCasedWhenAWordInsideASentenceHasACapital(String text, boolean cased) {
    assertThat(Casing.looksCased(text)).isEqualTo(cased);
  }
}
