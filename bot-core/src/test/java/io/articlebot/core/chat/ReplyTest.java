package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTest {
  @Test
  void aReplyMustSaySomething() {
    assertThatThrownBy(() -> new Reply(ReplyKind.INFO, " ", "", List.of(), "footer only", List.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reply.notice("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noticesAndErrorsAreEphemeral() {
    assertThat(Reply.notice("wait").ephemeral()).isTrue();
    assertThat(Reply.error("oops").ephemeral()).isTrue();
    assertThat(Reply.info("Help", "text").ephemeral()).isFalse();
    assertThat(Reply.info("Help", "text").withEphemeral(true).ephemeral()).isTrue();
  }

  @Test
  void plainTextQuotesVerbatimWithCitation() {
    Reply r = new Reply(ReplyKind.ANSWER, "Who?", "", ChatFixtures.quotes(2), "Source: X", List.of(), false);
    String text = r.plainText();
    assertThat(text).startsWith("Who?").endsWith("Source: X");
    for (var q : ChatFixtures.quotes(2)) {
      assertThat(text).contains(q.displayText()).contains(q.citation().label());
    }
  }
}
