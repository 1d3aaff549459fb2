package io.articlebot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void paragraphNumbersStartAtOne() {
    assertThatThrownBy(() -> new Citation("a", "A", 0, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Citation("a", "A", -3, "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Citation("a", "A", 1, "").paragraph()).isEqualTo(1);
  }

  @Test
  void articleIdIsRequired() {
    assertThatThrownBy(() -> new Citation(" ", "A", 1, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Citation(null, "A", 1, "")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void labelNamesTitleAndParagraph() {
    Citation c = new Citation("d", "DeepSeek stirs the U.S. AI sector", 9, null);
    assertThat(c.source()).isEmpty();
    assertThat(c.label()).contains("DeepSeek stirs the U.S. AI sector").contains("9");
  }
}
