package io.articlebot.slack;

import static io.articlebot.slack.FakeSlackApi.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.conversation.Conversations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-ups over signed Slack requests in HTTP mode, against the fake Web API: DMs, threads, channels. */
class SlackConversationTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** A clock that moves only when told to. */
  private static final class ManualClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final ManualClock clock = new ManualClock();
  private FakeSlackApi fake;
  private FrontEnd frontEnd;
  private SignedSlackClient slack;
  private int events;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlackApi();
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_MODE", "http");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_HTTP_PORT", "0");
    env.put("SLACK_API_URL", fake.apiUrl());
    ChatService chat = new ChatService(q -> {
      asked.add(q.text());
      Answer a = TestChat.answer(q);
      return a;
    }, List.of(TestChat.ARTICLE), new ChatLimits(500, Duration.ZERO, 100), new TestChat.RecordingSink(), clock,
        new Conversations(List::of, Duration.ofMinutes(15), 100, clock));
    frontEnd = new SlackFrontEndFactory().create(new Settings(env, Map.of()), chat);
    frontEnd.start();
    slack = new SignedSlackClient("http://127.0.0.1:" + ((SlackHttpServer) frontEnd).port(), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    frontEnd.close();
    fake.close();
  }

  /** Sends a message event and waits for the bot's post; returns the text it posted. */
  private String say(String fixture, String user, String channel, String ts, String threadTs, String text) throws Exception {
    JsonObject event = Fixtures.event(fixture, "EvCONVO" + (++events));
    JsonObject e = event.getAsJsonObject("event");
    e.addProperty("user", user);
    e.addProperty("channel", channel);
    e.addProperty("ts", ts);
    e.addProperty("text", fixture.contains("mention") ? "<@U0LAN0Z89> " + text : text);
    if (threadTs != null) {
      e.addProperty("thread_ts", threadTs);
    }
    assertThat(slack.postJson(event.toString()).statusCode()).isEqualTo(200);
    List<FakeSlackApi.Call> posts = fake.await(path("/api/chat.post"), events, WAIT);
    return posts.get(events - 1).form().get("text");
  }

  private String mention(String user, String channel, String ts, String threadTs, String text) throws Exception {
    return say("event_app_mention.json", user, channel, ts, threadTs, text);
  }

  @Test
  void aFollowUpInTheThreadOfAnAnswerIsReadWithItsQuestion() throws Exception {
    mention("U1", "C1", "100.000001", null, "Who founded DeepSeek?");
    String reply = mention("U1", "C1", "100.000009", "100.000001", "when?");
    assertThat(asked).containsExactly("Who founded DeepSeek?", "when founded DeepSeek?");
    assertThat(reply).contains("together with your last question");
  }

  @Test
  void aFollowUpInADmIsReadWithTheQuestionBefore() throws Exception {
    say("event_message_im.json", "U1", "D1", "200.000001", null, "Who founded DeepSeek?");
    say("event_message_im.json", "U1", "D1", "200.000002", null, "and why?");
    assertThat(asked).containsExactly("Who founded DeepSeek?", "why founded DeepSeek?");
  }

  @Test
  void aNewTopicIsNotPollutedByTheLastOne() throws Exception {
    mention("U1", "C1", "300.000001", null, "Who founded DeepSeek?");
    String reply = mention("U1", "C1", "300.000002", null, "What does the article tell us about chips?");
    assertThat(asked).containsExactly("Who founded DeepSeek?", "What does the article tell us about chips?");
    assertThat(reply).doesNotContain("Taking").doesNotContain("together with");
  }

  @Test
  void anotherUserInTheChannelOrTheThreadHasNoneOfItsContext() throws Exception {
    mention("U1", "C1", "400.000001", null, "Who founded DeepSeek?");
    String inChannel = mention("U2", "C1", "400.000002", null, "why?");
    String inThread = mention("U2", "C1", "400.000003", "400.000001", "why?");
    assertThat(asked).containsExactly("Who founded DeepSeek?");
    assertThat(inChannel).contains("don't have an earlier question");
    assertThat(inThread).contains("don't have an earlier question");
    mention("U1", "C1", "400.000004", null, "why?");
    assertThat(asked).containsExactly("Who founded DeepSeek?", "why founded DeepSeek?");
  }

  @Test
  void theContextExpiresAfterTheIdleTime() throws Exception {
    say("event_message_im.json", "U1", "D1", "500.000001", null, "Who founded DeepSeek?");
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    String reply = say("event_message_im.json", "U1", "D1", "500.000002", null, "why?");
    assertThat(asked).containsExactly("Who founded DeepSeek?");
    assertThat(reply).contains("don't have an earlier question");
  }

  @Test
  void slashAskFollowsUpInTheSameChannel() throws Exception {
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("a1")));
    fake.await(path("/response/a1"), 1, WAIT);
    slack.postForm(Fixtures.slashCommand("tell me more", fake.responseUrl("a2")));
    String more = fake.await(path("/response/a2"), 1, WAIT).get(0).json().getAsJsonObject().get("text").getAsString();
    assertThat(more).contains("More on: Who founded DeepSeek?").contains("external funding");
    assertThat(asked).containsExactly("Who founded DeepSeek?");
  }
}
