package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplyButtonTest {
  @Test
  void idLongerThanDiscordAllowsIsRefused() {
    assertThat(new ReplyButton("x".repeat(100), "More", ReplyButton.Action.MORE_QUOTES).id()).hasSize(100);
    assertThatThrownBy(() -> new ReplyButton("x".repeat(101), "More", ReplyButton.Action.MORE_QUOTES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blankIdOrLabelAndMissingActionAreRefused() {
    assertThatThrownBy(() -> new ReplyButton(" ", "More", ReplyButton.Action.MORE_QUOTES)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReplyButton("id", "", ReplyButton.Action.MORE_QUOTES)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReplyButton("id", "x".repeat(81), ReplyButton.Action.HELPFUL)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReplyButton("id", "More", null)).isInstanceOf(NullPointerException.class);
  }
}
