package io.articlebot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {
  private static final Citation C = new Citation("deepseek-asianfin", "DeepSeek", 10, "钛媒体APP");

  @Test
  void spansOutsideTheTextAreRefused() {
    assertThatThrownBy(() -> new Quote("short", C, 0, 5, 1, List.of(new Span(2, 6)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("short", C, 0, 5, 1, List.of(), List.of(new Span(0, 9))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badOffsetsTextOrScoreAreRefused() {
    assertThatThrownBy(() -> new Quote("text", C, -1, 3, 1, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("text", C, 5, 5, 1, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote(" ", C, 0, 1, 1, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("text", C, 0, 4, Double.NaN, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quote("text", null, 0, 4, 1, List.of(), List.of())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void missingSentencesMeanOneSentence() {
    Quote q = new Quote("Two words.", C, 7, 17, 1, List.of(), null);
    assertThat(q.sentences()).containsExactly(new Span(0, 10));
  }

  @Test
  void displayTextKeepsOffsets() {
    Quote q = new Quote("hard\nwrapped\r\n\tline", C, 0, 19, 1, List.of(), List.of());
    assertThat(q.displayText()).isEqualTo("hard wrapped   line").hasSameSizeAs(q.text());
  }

  @Test
  void sliceIsVerbatimAndClipsSpans() {
    String text = "First sentence here. Second one.";
    Quote q = new Quote(text, C, 100, 100 + text.length(), 2, List.of(new Span(0, 5), new Span(21, 27)),
        List.of(new Span(0, 20), new Span(21, 32)));
    Quote s = q.slice(6, 27);
    assertThat(s.text()).isEqualTo(text.substring(6, 27));
    assertThat(s.start()).isEqualTo(106);
    assertThat(s.end()).isEqualTo(127);
    assertThat(s.highlights()).containsExactly(new Span(15, 21));
    assertThat(s.sentences()).containsExactly(new Span(0, 14), new Span(15, 21));
    assertThat(s.citation()).isEqualTo(C);
    assertThatThrownBy(() -> q.slice(5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> q.slice(0, text.length() + 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idNamesArticleAndOffsets() {
    assertThat(new Quote("text", C, 40, 44, 1, List.of(), List.of()).id()).isEqualTo("deepseek-asianfin:40-44");
  }
}
