package io.articlebot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void invalidSpansAreRefused() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(2, 2).length()).isZero();
  }

  @Test
  void halfOpenOverlap() {
    assertThat(new Span(0, 5).overlaps(new Span(4, 8))).isTrue();
    assertThat(new Span(0, 5).overlaps(new Span(5, 8))).isFalse();
    assertThat(new Span(5, 8).overlaps(new Span(0, 5))).isFalse();
    assertThat(new Span(0, 10).overlaps(new Span(3, 4))).isTrue();
    assertThat(new Span(2, 4).shift(10)).isEqualTo(new Span(12, 14));
  }
}
