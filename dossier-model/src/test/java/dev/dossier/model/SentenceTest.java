package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {
  private static final String TEXT = "VALMERE — Ferry crews walked out.";

  @Test
  void theStatementRunsFromItsBeginToTheSentencesEnd() {
    Sentence s = new Sentence(0, new Span(0, TEXT.length()), List.of(), TEXT.indexOf("Ferry"));
    assertThat(s.text(TEXT)).isEqualTo(TEXT);
    assertThat(s.statement(TEXT)).isEqualTo("Ferry crews walked out.");
    assertThat(new Sentence(0, new Span(0, TEXT.length()), List.of()).statement(TEXT))
        .isEqualTo(TEXT);
  }

  @Test
  void aStatementBeginOutsideTheSpanIsRefused() {
    assertThatThrownBy(() -> new Sentence(0, new Span(5, 10), List.of(), 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void aSentenceWhoseStatementBeginsAtItsEndStatesNothing() {
    Sentence caption = new Sentence(0, new Span(0, TEXT.length()), List.of(), TEXT.length());
    assertThat(caption.hasStatement()).isFalse();
    assertThat(caption.statement(TEXT)).isEmpty();
    assertThat(new Sentence(0, new Span(0, TEXT.length()), List.of()).hasStatement()).isTrue();
  }
}
