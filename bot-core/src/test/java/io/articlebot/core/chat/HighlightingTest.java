package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HighlightingTest {
  private static final Citation C = new Citation("a", "A", 1, "");

  private static Quote quote(String text, Span... highlights) {
    return new Quote(text, C, 0, text.length(), 1, List.of(highlights), List.of());
  }

  @Test
  void segmentsRebuildTheDisplayText() {
    Quote q = quote("Founded by Liang\nWenfeng, DeepSeek", new Span(11, 16), new Span(17, 24), new Span(26, 34));
    List<Highlighting.Segment> segments = Highlighting.segments(q);
    assertThat(String.join("", segments.stream().map(Highlighting.Segment::text).toList())).isEqualTo(q.displayText());
    assertThat(segments).filteredOn(Highlighting.Segment::highlighted).extracting(Highlighting.Segment::text)
        .containsExactly("Liang", "Wenfeng", "DeepSeek");
  }

  @Test
  void unsortedAndOverlappingHighlightsNeverDuplicateText() {
    Quote q = quote("alpha beta gamma", new Span(6, 10), new Span(0, 5), new Span(2, 8));
    List<Highlighting.Segment> segments = Highlighting.segments(q);
    assertThat(String.join("", segments.stream().map(Highlighting.Segment::text).toList())).isEqualTo("alpha beta gamma");
    assertThat(segments).filteredOn(Highlighting.Segment::highlighted).extracting(Highlighting.Segment::text)
        .contains("alpha");
  }

  @Test
  void renderEscapesEveryPartAndMarksOnlyHighlights() {
    Quote q = quote("a*b costs $5", new Span(4, 9));
    UnaryOperator<String> escape = s -> s.replace("*", "\\*");
    assertThat(Highlighting.render(q, escape, "**", "**")).isEqualTo("a\\*b **costs** $5");
  }

  @Test
  void noHighlightsIsPlainText() {
    Quote q = quote("plain\ttext");
    assertThat(Highlighting.render(q, UnaryOperator.identity(), "[", "]")).isEqualTo("plain text");
  }
}
