package dev.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
  private static boolean isName(String text, String word) {
    List<TextFeatures.Word> words = TextFeatures.words(text);
    return words.stream().filter(w -> w.text().equals(word)).findFirst().orElseThrow().name();
  }

  @Test
  void aHardWrappedLineBreakInsideASentenceIsOnlyASpace() {
    assertThat(isName("Crews from the harbour of\nValmere walked out on Monday.", "valmere"))
        .isTrue();
  }

  @Test
  void aBreakAfterASentenceOrABlankLineStartsASentence() {
    assertThat(isName("The crews walked out.\nHarbour staff joined them.", "harbour")).isFalse();
    assertThat(isName("Ferry strike\n\nHarbour staff joined them.", "harbour")).isFalse();
    assertThat(isName("Ferry strike\n\nThe crews of Valmere joined them.", "valmere")).isTrue();
  }
}
