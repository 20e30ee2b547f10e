package dev.dossier.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededRandomTest {
  @Test
  void theSameSeedGivesTheSameInput() {
    String before = System.getProperty("dossier.seed");
    try {
      System.setProperty("dossier.seed", "42");
      SeededRandom a = SeededRandom.forTest("a");
      SeededRandom b = SeededRandom.forTest("b");
      assertThat(a.seed()).isEqualTo(42);
      assertThat(a.words(new String[] {"ferry", "crew", "strike"}, 1, 9))
          .isEqualTo(b.words(new String[] {"ferry", "crew", "strike"}, 1, 9));
      assertThat(a.chars("ab.", 30)).isEqualTo(b.chars("ab.", 30));
      assertThat(a.about("x")).isEqualTo("seed 42: x");
    } finally {
      if (before == null) {
        System.clearProperty("dossier.seed");
      } else {
        System.setProperty("dossier.seed", before);
      }
    }
  }

  @Test
  void generatedTextStaysWithinItsBounds() {
    SeededRandom r = SeededRandom.forTest("generatedTextStaysWithinItsBounds");
    for (int n = 0; n < 1_000; n++) {
      String w = r.words(new String[] {"a", "b"}, 2, 5);
      assertThat(w.split(" ")).as(r.about(w)).hasSizeBetween(2, 5);
      String c = r.chars("xy", 7);
      assertThat(c).as(r.about(c)).hasSizeLessThan(7).matches("[xy]*");
    }
  }
}
