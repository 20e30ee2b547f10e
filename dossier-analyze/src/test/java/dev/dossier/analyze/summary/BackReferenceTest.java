package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.testkit.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackReferenceTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "He was later released on bail.",
        "She told the inquiry the radio had failed.",
        "They say the ferry left early.",
        "His boat was found on Tuesday.",
        "Their union called the strike.",
        "It sank within minutes.",
        "It wasn't the first time.",
        "It was then that the crew called for help.",
        "That decision angered the crews.",
        "That’s why the talks failed.",
        "This is the third strike in a year.",
        "These figures were disputed by the union.",
        "Those affected were moved to the harbour hall.",
        "Such delays are rare on the Valmere route.",
        "  He said the timetable was unsafe."
      })
  void aSentenceOpeningOnAPronounOrDemonstrativeLeansBack(String text) {
    assertThat(BackReference.leansBack(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The ferry company cancelled all crossings.",
        "Mara Holt said the radio had failed.",
        "This week, the council voted to buy two new ferries.",
        "This year the route carried a million passengers.",
        "These days the crossing takes an hour.",
        "It is not clear whether the talks will resume.",
        "It's possible that the strike ends on Friday.",
        "It’s unclear who ordered the ferry out.",
        "It was believed the crew had left.",
        "Ithaca council met on Monday.",
        "Thereafter the crews went home.",
        "“He lied to us,” Holt said.",
        "he was released.",
        "",
        "   ",
        "42 people were on board."
      })
  void otherOpeningsDoNot(String text) {
    assertThat(BackReference.leansBack(text)).isFalse();
  }

  @Test
  void anyTextGetsAnAnswer() {
    // Properties: no input makes the check throw (short texts, missing words after the opener, odd
    // marks), and a
    // text that does not open on a capital never leans back.
    String[] words = {
      "He", "It", "it's", "It’s", "This", "these", "week", "is", "was", "not", "“", "'", "’", ".",
      "", " ", "\n", "Such", "x"
    };
    SeededRandom random = SeededRandom.forTest("BackReferenceTest");
    for (int n = 0; n < 5_000; n++) {
      // Words glued or spaced at random: "It'snot", "Thisweek".
      String t = random.words(words, 0, 4).replace(" ", random.random().nextBoolean() ? " " : "");
      String stripped = t.strip();
      boolean capital = !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0));
      if (!capital) {
        assertThat(BackReference.leansBack(t)).as(random.about(t)).isFalse();
      } else {
        BackReference.leansBack(t);
      }
    }
  }
}
