package io.articlebot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionTest {
  @Test
  void blankQuestionsAreRefused() {
    assertThatThrownBy(() -> new Question(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Question("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Question(" \n\t ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textIsStripped() {
    assertThat(new Question("  Who?  ").text()).isEqualTo("Who?");
  }

  @Test
  void hardCeiling() {
    assertThat(new Question("x".repeat(Question.MAX_CHARS)).text()).hasSize(Question.MAX_CHARS);
    assertThat(new Question(" ".repeat(50) + "x".repeat(Question.MAX_CHARS)).text()).hasSize(Question.MAX_CHARS);
    assertThatThrownBy(() -> new Question("x".repeat(Question.MAX_CHARS + 1))).isInstanceOf(IllegalArgumentException.class);
  }
}
