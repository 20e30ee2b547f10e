package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceEdgesTest {
  @Test
  void aSentenceEndsOnItsMarkPerhapsInsideClosingMarks() {
    assertThat(SentenceEdges.endsLikeSentence("Crews walked out.")).isTrue();
    assertThat(SentenceEdges.endsLikeSentence("“We sail at dawn,” Holt said.”")).isTrue();
    assertThat(SentenceEdges.endsLikeSentence("(The company did not reply.)")).isTrue();
    assertThat(SentenceEdges.endsLikeSentence("Did the council know?")).isTrue();
    assertThat(SentenceEdges.endsLikeSentence("Council approves new ferry timetable")).isFalse();
    assertThat(SentenceEdges.endsLikeSentence("")).isFalse();
    assertThat(SentenceEdges.sentenceEnd("Crews left.”)")).isEqualTo("Crews left".length());
  }

  @Test
  void aLowercaseFirstWordWithoutCapitalsOpensMidSentence() {
    assertThat(SentenceEdges.opensOnLowercaseWord("wrote Mara Holt on her page.")).isTrue();
    assertThat(SentenceEdges.opensOnLowercaseWord("  but the vote failed.")).isTrue();
    assertThat(SentenceEdges.opensOnLowercaseWord("eBay sold the ferry.")).isFalse();
    assertThat(SentenceEdges.opensOnLowercaseWord("Crews walked out.")).isFalse();
    assertThat(SentenceEdges.opensOnLowercaseWord("")).isFalse();
    assertThat(SentenceEdges.firstWord("  crews walked")).isEqualTo("crews");
  }
}
