package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  private static Settings env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return new Settings(env, Map.of());
  }

  @Test
  void appTokenMeansSocketModeByDefault() throws Exception {
    SlackSettings s = SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));
    assertThat(s.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
    assertThat(s.apiUrl()).isEqualTo("https://slack.com/api/");
    assertThat(s.askCommand()).isEqualTo("/ask");
    assertThat(s.askEphemeral()).isFalse();
  }

  @Test
  void httpModeHasDefaultsAndNormalisesTheApiUrl() throws Exception {
    SlackSettings s = SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "HTTP",
        "SLACK_SIGNING_SECRET", "s3cret", "SLACK_API_URL", "http://127.0.0.1:9/api"));
    assertThat(s.mode()).isEqualTo(SlackSettings.Mode.HTTP);
    assertThat(s.httpPort()).isEqualTo(3000);
    assertThat(s.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
  }

  @Test
  void missingOrContradictorySettingsSayHowToFixThem() {
    assertThatThrownBy(() -> SlackSettings.from(env())).isInstanceOf(StartupException.class).hasMessageContaining("SLACK_BOT_TOKEN");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1")))
        .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("SLACK_MODE=http");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "http")))
        .hasMessageContaining("SLACK_SIGNING_SECRET");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "socket", "SLACK_SIGNING_SECRET", "s")))
        .hasMessageContaining("Socket Mode needs SLACK_APP_TOKEN");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "carrier-pigeon")))
        .hasMessageContaining("\"socket\" or \"http\"");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_MODE", "http", "SLACK_SIGNING_SECRET", "s",
        "SLACK_HTTP_PORT", "80a"))).hasMessageContaining("SLACK_HTTP_PORT");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
        "SLACK_API_URL", "ftp://x"))).hasMessageContaining("SLACK_API_URL");
  }

  @Test
  void wrongTokenKindsAreNamedWithoutPrintingTheToken() {
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxp-123456-secretpart", "SLACK_APP_TOKEN", "xapp-1")))
        .hasMessageContaining("xoxb-").hasMessageContaining("xoxp-").hasMessageNotContaining("secretpart");
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xoxb-999-secretpart")))
        .hasMessageContaining("xapp-").hasMessageNotContaining("secretpart");
  }

  @Test
  void configKeysChooseVisibilityAndCommand() throws Exception {
    Settings settings = new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"),
        Map.of("slack.ask.visibility", "ephemeral", "slack.ask.command", "/article"));
    SlackSettings s = SlackSettings.from(settings);
    assertThat(s.askEphemeral()).isTrue();
    assertThat(s.askCommand()).isEqualTo("/article");
    assertThatThrownBy(() -> SlackSettings.from(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"),
        Map.of("slack.ask.visibility", "loud")))).hasMessageContaining("in_channel or ephemeral");
  }

  @Test
  void toStringNeverShowsSecrets() throws Exception {
    SlackSettings s = SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxb-topsecret", "SLACK_MODE", "http", "SLACK_SIGNING_SECRET", "hushhush"));
    assertThat(s.toString()).doesNotContain("topsecret", "hushhush");
  }
}
