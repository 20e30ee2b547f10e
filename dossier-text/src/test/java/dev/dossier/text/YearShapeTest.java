package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearShapeTest {
  /** Tokens from "word/TAG" pairs; the test asks about the first four-digit one. */
  private static boolean year(String pairs) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int number = -1;
    for (String pair : pairs.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String w = pair.substring(0, slash);
      if (number < 0 && w.matches("\\d{4}")) {
        number = tokens.size();
      }
      tokens.add(new Token(new Span(at, at + w.length()), w, w, pair.substring(slash + 1), "O"));
      at += w.length() + 1;
    }
    return YearShape.isYear(tokens, number);
  }

  @Test
  void yearsAreYears() {
    assertThat(year("founded/VBN in/IN 1974/CD ./.")).isTrue();
    assertThat(year("In/IN 2019/CD ,/, the/DT Harbour/NNP Road/NNP opened/VBD")).isTrue();
    assertThat(year("the/DT 1988/CD season/NN")).isTrue();
  }

  @Test
  void timesAddressesCountsAndNumbersOfThingsAreNot() {
    assertThat(year("at/IN 0830/CD ,/, police/NNS said/VBD")).isFalse();
    assertThat(year("at/IN 1400/CD GMT/NNP")).isFalse();
    assertThat(year("at/IN 2417/CD North/NNP Quay/NNP Road/NNP")).isFalse();
    assertThat(year("sent/VBD 1500/CD troops/NNS")).isFalse();
    assertThat(year("Flight/NNP 4417/CD landed/VBD")).isFalse();
    assertThat(year("paid/VBD $/$ 2000/CD")).isFalse();
  }
}
