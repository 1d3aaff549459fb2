package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackFrontEndFactoryTest {
  private final SlackFrontEndFactory factory = new SlackFrontEndFactory();

  @Test
  void describesItselfToTheLauncher() {
    assertThat(factory.name()).isEqualTo("slack");
    assertThat(factory.configKeys()).isNotEmpty().allSatisfy(k -> assertThat(k).startsWith("slack."))
        .contains("slack.ask.visibility");
  }

  @Test
  void requestedExactlyWhenTheBotTokenIsSet() {
    assertThat(factory.isRequested(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1"), Map.of()))).isTrue();
    assertThat(factory.isRequested(new Settings(Map.of("SLACK_BOT_TOKEN", "  "), Map.of()))).isFalse();
    assertThat(factory.isRequested(new Settings(Map.of("SLACK_APP_TOKEN", "xapp-1"), Map.of()))).isFalse();
  }

  @Test
  void modeSelectsTheFrontEnd() throws Exception {
    FrontEnd http = factory.create(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "http",
        "SLACK_SIGNING_SECRET", "s"), Map.of()), TestChat.service(Duration.ZERO, new TestChat.RecordingSink()));
    FrontEnd socket = factory.create(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"), Map.of()),
        TestChat.service(Duration.ZERO, new TestChat.RecordingSink()));
    try {
      assertThat(http).isInstanceOf(SlackHttpServer.class);
      assertThat(socket).isInstanceOf(SocketModeFrontEnd.class);
      assertThat(http.name()).isEqualTo("slack");
    } finally {
      http.close();
      socket.close();
    }
  }

  @Test
  void aBusyPortEndsStartUpWithAHint() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      FrontEnd http = factory.create(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "http",
          "SLACK_SIGNING_SECRET", "s", "SLACK_HTTP_PORT", Integer.toString(busy.getLocalPort())), Map.of()),
          TestChat.service(Duration.ZERO, new TestChat.RecordingSink()));
      assertThatThrownBy(http::start).isInstanceOf(StartupException.class).hasMessageContaining("SLACK_HTTP_PORT");
    }
  }
}
