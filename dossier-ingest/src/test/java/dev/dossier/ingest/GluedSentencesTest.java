package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.testkit.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedSentencesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the crew said.A second boat sank.|the crew said. A second boat sank.",
        "Talks failed!Then the strike began?Nobody knows.|Talks failed! Then the strike began? Nobody knows.",
        "“We will sail,” she said.“Nobody stops us.”|“We will sail,” she said. “Nobody stops us.”",
        "“Nobody stops us.”Then she left.|“Nobody stops us.” Then she left.",
        // A straight quote closes after an odd number of them, and opens after an even number.
        "\"Nobody stops us.\"Then she left.|\"Nobody stops us.\" Then she left.",
        "The crew left.\"We sail,\" she said.|The crew left. \"We sail,\" she said.",
        "Tides rose.Émile Roux left.|Tides rose. Émile Roux left."
      })
  void putsTheSpaceBackBetweenTwoSentences(String glued, String repaired) {
    assertThat(GluedSentences.repair(glued)).isEqualTo(repaired);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "She joined the U.S.Navy in Port Ellis.", // initials
        "Mr.Holt left.", // one lower-case letter before the point
        "See https://tide.example/News.Html for more.", // an address
        "Write to crew@tide.Example or www.tide.Example today.",
        "The score was 3.Then nothing.", // a digit, not a word, before the point
        "Wait...Then the boats came.", // an ellipsis
        "It is the harbour.ABC reported it.", // an acronym, not a capitalized word
        "Talks failed."
      })
  void leavesOtherPointsAlone(String text) {
    assertThat(GluedSentences.repair(text)).isEqualTo(text);
  }

  @Test
  void aLongLineOfJoinsIsRepairedInOnePass() {
    // 200,000 joins on one line, with straight quotes and no spaces between them: each join used to
    // rescan
    // the line from its start for quotes.
    String unit = "aa.\"Bb";
    String line = unit.repeat(200_000);
    String out = GluedSentences.repair(line);
    assertThat(out.length()).isGreaterThan(line.length());
    assertThat(out.replace(" ", "")).isEqualTo(line);
  }

  @Test
  void onlyInsertsSpaces() {
    SeededRandom r = SeededRandom.forTest("GluedSentencesTest");
    for (int n = 0; n < 2000; n++) {
      String in = r.chars("abAB.!?\"“”’ @/:w", 60);
      String out = GluedSentences.repair(in);
      assertThat(out.replace(" ", "")).as(r.about(in)).isEqualTo(in.replace(" ", ""));
      assertThat(GluedSentences.repair(out))
          .as("repairing twice changes nothing: " + r.about(in))
          .isEqualTo(out);
    }
  }
}
