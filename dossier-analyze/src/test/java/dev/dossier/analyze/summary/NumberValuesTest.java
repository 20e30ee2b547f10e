package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberValuesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$40,000|40000",
        "40,000|40000",
        "40000|40000",
        "3.5%|3.5",
        "1990.|1990",
        ".45|45",
        "£326|326",
        "19-year-old|19",
      })
  void aNumbersValueIsItsDigitsAndInnerPoint(String word, String value) {
    assertThat(NumberValues.isNumber(word)).isTrue();
    assertThat(NumberValues.value(word)).isEqualTo(value);
  }

  @Test
  void wordsWithoutDigitsGiveNoNumber() {
    assertThat(NumberValues.isNumber("forty")).isFalse();
    assertThat(
            NumberValues.of(
                List.of("Bail", "was", "$40,000", "and", "40,000", "for", "$100,000", ".")))
        .containsExactlyInAnyOrder("40000", "100000");
  }
}
