package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void rejectsInvertedOrNegativeRanges() {
    assertThatThrownBy(() -> new Span(3, 2)).hasMessageContaining("[3, 2)");
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coversTextAndChecksBounds() {
    assertThat(new Span(4, 9).of("the quick fox")).isEqualTo("quick");
    assertThatThrownBy(() -> new Span(4, 90).of("short")).hasMessageContaining("outside text");
  }

  @Test
  void overlapIsHalfOpen() {
    assertThat(new Span(0, 3).overlaps(new Span(3, 5))).isFalse();
    assertThat(new Span(0, 4).overlaps(new Span(3, 5))).isTrue();
    assertThat(new Span(0, 5).contains(new Span(1, 5))).isTrue();
  }

  @Test
  void annotatedArticleFindsSentenceByOffset() {
    Article a = new Article("a", null, null, null, null, null, "One. Two. Three.");
    var s =
        java.util.List.of(
            new Sentence(0, new Span(0, 4), java.util.List.of()),
            new Sentence(1, new Span(5, 9), java.util.List.of()),
            new Sentence(2, new Span(10, 16), java.util.List.of()));
    var aa =
        new AnnotatedArticle(a, s, java.util.List.of(), java.util.List.of(), java.util.List.of());
    assertThat(aa.sentenceAt(0)).isZero();
    assertThat(aa.sentenceAt(6)).isEqualTo(1);
    assertThat(aa.sentenceAt(4)).isEqualTo(-1);
    assertThat(aa.sentenceAt(15)).isEqualTo(2);
  }
}
