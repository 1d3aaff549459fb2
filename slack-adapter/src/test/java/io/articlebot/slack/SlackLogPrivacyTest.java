package io.articlebot.slack;

import static io.articlebot.slack.FakeSlackApi.path;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Log lines about a user's request name the user by the feedback hash, never by the Slack user id. */
class SlackLogPrivacyTest {
  @Test
  void logLinesCarryHashedUserIdsOnly() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    root.addAppender(lines);
    TestChat.RecordingSink sink = new TestChat.RecordingSink();
    try (FakeSlackApi fake = new FakeSlackApi()) {
      FrontEnd frontEnd = new SlackFrontEndFactory().create(new Settings(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_MODE", "http",
          "SLACK_SIGNING_SECRET", "secret-for-logs", "SLACK_HTTP_PORT", "0", "SLACK_API_URL", fake.apiUrl()), Map.of()),
          TestChat.service(Duration.ZERO, sink));
      frontEnd.start();
      try {
        SignedSlackClient slack = new SignedSlackClient("http://127.0.0.1:" + ((SlackHttpServer) frontEnd).port(), "secret-for-logs");
        fake.script("/api/chat.postMessage", new MockResponse().setResponseCode(500));
        slack.postForm(Fixtures.slashCommand("boom", fake.responseUrl("boom")));
        JsonObject mention = Fixtures.event("event_app_mention.json", "EvLOGS");
        slack.postJson(mention.toString());
        fake.await(path("/response/boom"), 1, Duration.ofSeconds(10));
        fake.await(path("/api/chat.postMessage"), 1, Duration.ofSeconds(10));
        Thread.sleep(300);
      } finally {
        frontEnd.close();
      }
    } finally {
      root.detachAppender(lines);
    }
    List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    String slashUser = "U2147483697";
    String mentionUser = "U123ABC456";
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("/ask from user " + sink.hashUser(io.articlebot.core.chat.ChatUser.human("slack", slashUser))));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("gave up mention from user"));
    assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain(slashUser).doesNotContain(mentionUser));
  }
}
