package io.articlebot.slack;

import static io.articlebot.slack.FakeSlackApi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SocketModeFrontEndTest {
  @Test
  @Timeout(30)
  void aRejectedAppTokenEndsStartUpWithHowToFix() throws Exception {
    try (FakeSlackApi fake = new FakeSlackApi()) {
      fake.script("/api/apps.connections.open", FakeSlackApi.json("{\"ok\":false,\"error\":\"invalid_auth\"}"));
      FrontEnd socket = new SlackFrontEndFactory().create(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1",
          "SLACK_APP_TOKEN", "xapp-1-secretpart", "SLACK_API_URL", fake.apiUrl()), Map.of()),
          TestChat.service(Duration.ZERO, new TestChat.RecordingSink()));
      assertThatThrownBy(socket::start).isInstanceOf(StartupException.class)
          .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("connections:write")
          .hasMessageNotContaining("secretpart");
      assertThat(fake.calls(path("/api/apps.connections.open"))).isNotEmpty()
          .allSatisfy(c -> assertThat(c.headers().get("authorization")).isEqualTo("Bearer xapp-1-secretpart"));
    }
  }
}
