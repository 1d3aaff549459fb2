package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackErrorHandlerTest {
  @Test
  void failureBecomesOnePoliteEphemeralReply() {
    List<Reply> replies = new ArrayList<>();
    new SlackErrorHandler().run("test", () -> {
      throw new IllegalStateException("boom");
    }, replies::add);
    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).kind()).isEqualTo(ReplyKind.ERROR);
    assertThat(replies.get(0).ephemeral()).isTrue();
    assertThat(replies.get(0).body()).startsWith("Sorry");
  }

  @Test
  void aFailingApologyDoesNotEscape() {
    new SlackErrorHandler().run("test", () -> {
      throw new IllegalStateException("boom");
    }, reply -> {
      throw new IllegalStateException("slack down");
    });
  }

  @Test
  void successSaysNothing() {
    List<Reply> replies = new ArrayList<>();
    new SlackErrorHandler().run("test", () -> { }, replies::add);
    assertThat(replies).isEmpty();
  }

  @Test
  void tokensAndSecretsAreMaskedInLogText() {
    String described = SlackErrorHandler.describe(new RuntimeException(
        "bad xoxb-1234-5678-abcdEFGH and xapp-1-A0-99-ff, signing_secret=8f742231b10e, token: abc123"));
    assertThat(described).doesNotContain("xoxb-1234", "xapp-1-A0", "8f742231b10e", "abc123").contains("RuntimeException");
  }
}
