package io.articlebot.slack;

import static io.articlebot.slack.FakeSlackApi.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole HTTP mode, offline: the real {@link SlackHttpServer} on a loopback port, driven with
 * signed requests in Slack's payload formats, against {@link FakeSlackApi} as Web API and response
 * URLs.
 */
class SlackHttpModeTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeSlackApi fake;
  private FrontEnd frontEnd;
  private SignedSlackClient slack;
  private final TestChat.RecordingSink feedback = new TestChat.RecordingSink();
  /** Whether the fake implements auth.test (by default it does not, like a minimal proxy). */
  private boolean fakeAuthTest;
  /** More environment for the next {@link #start}. */
  private final Map<String, String> extraEnv = new HashMap<>();

  private void start(Duration cooldown, Map<String, String> config) throws Exception {
    fake = new FakeSlackApi();
    if (fakeAuthTest) {
      fake.script("/api/auth.test", FakeSlackApi.json(
          "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"article-bot\","
              + "\"team_id\":\"T123ABC456\",\"user_id\":\"U0LAN0Z89\",\"bot_id\":\"B0LAN0Z89\",\"app_id\":\"A123ABC456\"}"));
    }
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_MODE", "http");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_HTTP_PORT", "0");
    env.put("SLACK_API_URL", fake.apiUrl());
    env.putAll(extraEnv);
    frontEnd = new SlackFrontEndFactory().create(new Settings(env, config), TestChat.service(cooldown, feedback));
    frontEnd.start();
    int port = ((SlackHttpServer) frontEnd).port();
    slack = new SignedSlackClient("http://127.0.0.1:" + port, SECRET);
  }

  private void start() throws Exception {
    start(Duration.ZERO, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    if (frontEnd != null) {
      frontEnd.close();
    }
    if (fake != null) {
      // No message the bot sent in any test may contain a live ping or a link.
      for (FakeSlackApi.Call call : fake.calls()) {
        assertThat(decoded(call)).doesNotContain("<!channel>", "<!here>", "<@U", "<https://");
      }
      fake.close();
    }
  }

  /** Every string the bot sent in a call, JSON-decoded, so escaping is judged as Slack sees it. */
  private static String decoded(FakeSlackApi.Call call) {
    StringBuilder out = new StringBuilder();
    if (call.path().startsWith("/response/")) {
      collect(call.json(), out);
    } else {
      call.form().forEach((k, v) -> {
        out.append(v).append('\n');
        if (k.equals("blocks")) {
          collect(JsonParser.parseString(v), out);
        }
      });
    }
    return out.toString();
  }

  private static void collect(JsonElement e, StringBuilder out) {
    if (e.isJsonObject()) {
      e.getAsJsonObject().entrySet().forEach(en -> collect(en.getValue(), out));
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collect(x, out));
    } else if (e.isJsonPrimitive()) {
      out.append(e.getAsString()).append('\n');
    }
  }

  private static List<String> texts(JsonArray blocks, String type) {
    List<String> out = new ArrayList<>();
    for (JsonElement b : blocks) {
      JsonObject block = b.getAsJsonObject();
      if (!block.get("type").getAsString().equals(type)) {
        continue;
      }
      if (type.equals("section")) {
        out.add(block.getAsJsonObject("text").get("text").getAsString());
      } else if (type.equals("context")) {
        block.getAsJsonArray("elements").forEach(x -> out.add(x.getAsJsonObject().get("text").getAsString()));
      } else if (type.equals("actions")) {
        block.getAsJsonArray("elements").forEach(x -> out.add(x.getAsJsonObject().get("action_id").getAsString()));
      }
    }
    return out;
  }

  @Test
  void healthzAnswers200OnceServing() throws Exception {
    start();
    HttpResponse<String> response = slack.get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(slack.get("/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void slashCommandAcksEmptyAtOnceThenAnswersInChannelThroughResponseUrl() throws Exception {
    start();
    Instant before = Instant.now();
    HttpResponse<String> ack = slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("ask1")));
    assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofMillis(2500));
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).isEmpty();

    FakeSlackApi.Call post = fake.await(path("/response/ask1"), 1, WAIT).get(0);
    JsonObject json = post.json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(json.get("text").getAsString()).contains("Liang Wenfeng");
    JsonArray blocks = json.getAsJsonArray("blocks");
    assertThat(texts(blocks, "section")).contains("*Who founded DeepSeek?*");
    assertThat(texts(blocks, "section")).anySatisfy(s -> assertThat(s)
        .startsWith("> ").contains("*Founded* by *Liang Wenfeng*, DeepSeek is reportedly linked"));
    assertThat(texts(blocks, "context")).anySatisfy(s -> assertThat(s).contains("DeepSeek stirs the U.S. AI sector, ¶ 9"));
    assertThat(texts(blocks, "actions")).anySatisfy(id -> assertThat(id).startsWith("ab:more:"))
        .anySatisfy(id -> assertThat(id).startsWith("ab:up:"))
        .anySatisfy(id -> assertThat(id).startsWith("ab:down:"));
    assertThat(blocks.size()).isLessThanOrEqualTo(50);
  }

  @Test
  void slashCommandStartingWithPrivateOrConfiguredEphemeralAnswersOnlyTheAsker() throws Exception {
    start();
    slack.postForm(Fixtures.slashCommand("private Who founded DeepSeek?", fake.responseUrl("private")));
    JsonObject json = fake.await(path("/response/private"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(texts(json.getAsJsonArray("blocks"), "section")).contains("*Who founded DeepSeek?*");
    frontEnd.close();
    fake.close();

    start(Duration.ZERO, Map.of("slack.ask.visibility", "ephemeral"));
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("configured")));
    json = fake.await(path("/response/configured"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
  }

  @Test
  void emptySlashCommandOrHelpShowsHelp() throws Exception {
    start();
    slack.postForm(Fixtures.slashCommand("", fake.responseUrl("empty")));
    slack.postForm(Fixtures.slashCommand("help", fake.responseUrl("help")));
    for (String name : List.of("empty", "help")) {
      JsonObject json = fake.await(path("/response/" + name), 1, WAIT).get(0).json().getAsJsonObject();
      assertThat(json.get("text").getAsString()).startsWith("Help").contains("/ask");
      assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
    }
  }

  @Test
  void articleAndQuestionTextIsEscapedSoNothingPingsOrLinks() throws Exception {
    start();
    slack.postForm(Fixtures.slashCommand("What does it tell R&D <b>DeepSeek</b>?", fake.responseUrl("esc")));
    FakeSlackApi.Call post = fake.await(path("/response/esc"), 1, WAIT).get(0);
    JsonObject json = post.json().getAsJsonObject();
    String all = decoded(post);
    assertThat(all).contains("tell R&amp;D &lt;b&gt;DeepSeek&lt;/b&gt;?");
    assertThat(all).contains("*Tell* &lt;!channel&gt; and &lt;!here&gt; &amp; &lt;@U024BE7LH&gt; *about* &lt;https://evil.example|this&gt;.");
    assertThat(json.get("text").getAsString()).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
  }

  @Test
  void cooldownNoticeIsEphemeral() throws Exception {
    start(Duration.ofMinutes(5), Map.of());
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("first")));
    fake.await(path("/response/first"), 1, WAIT);
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("second")));
    JsonObject json = fake.await(path("/response/second"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(json.get("text").getAsString()).contains("Try again in");
  }

  @Test
  void mentionIsAnsweredInAThreadUnderIt() throws Exception {
    start();
    JsonObject event = Fixtures.event("event_app_mention.json", "EvMENTION1");
    HttpResponse<String> ack = slack.postJson(event.toString());
    assertThat(ack.statusCode()).isEqualTo(200);

    FakeSlackApi.Call post = fake.await(path("/api/chat.postMessage"), 1, WAIT).get(0);
    Map<String, String> form = post.form();
    assertThat(form).containsEntry("channel", "C123ABC456").containsEntry("thread_ts", "1515449522.000016");
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer xoxb-test-token");
    assertThat(form.get("text")).contains("Liang Wenfeng");
    assertThat(form.get("blocks")).contains("*Liang Wenfeng*");
  }

  @Test
  void mentionInsideAThreadIsAnsweredInThatThread() throws Exception {
    start();
    JsonObject event = Fixtures.event("event_app_mention.json", "EvMENTION2");
    event.getAsJsonObject("event").addProperty("thread_ts", "1515449000.000001");
    slack.postJson(event.toString());
    Map<String, String> form = fake.await(path("/api/chat.postMessage"), 1, WAIT).get(0).form();
    assertThat(form).containsEntry("thread_ts", "1515449000.000001");
  }

  @Test
  void directMessageIsAnsweredInTheDm() throws Exception {
    start();
    slack.postJson(Fixtures.event("event_message_im.json", "EvDM1").toString());
    Map<String, String> form = fake.await(path("/api/chat.postMessage"), 1, WAIT).get(0).form();
    assertThat(form).containsEntry("channel", "D024BE91L").doesNotContainKey("thread_ts");
    assertThat(form.get("text")).contains("Liang Wenfeng");
  }

  @Test
  void redeliveredEventIsAckedButAnsweredOnce() throws Exception {
    start();
    String event = Fixtures.event("event_app_mention.json", "EvREDELIVERED").toString();
    assertThat(slack.postJson(event).statusCode()).isEqualTo(200);
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
    HttpResponse<String> retry = slack.postJson(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    assertThat(retry.statusCode()).isEqualTo(200);
    // A sentinel event proves the worker had time to (wrongly) answer the redelivery.
    slack.postJson(Fixtures.event("event_message_im.json", "EvSENTINEL").toString());
    fake.await(c -> c.path().startsWith("/api/chat.postMessage") && c.form().get("channel").equals("D024BE91L"), 1, WAIT);
    Thread.sleep(300);
    assertThat(fake.calls(c -> c.path().startsWith("/api/chat.postMessage") && c.form().get("channel").equals("C123ABC456"))).hasSize(1);
  }

  @Test
  void eventsFromBotsAndEditsAreIgnored() throws Exception {
    start();
    assertThat(slack.postJson(Fixtures.json("event_app_mention_from_bot.json").toString()).statusCode()).isEqualTo(200);
    assertThat(slack.postJson(Fixtures.json("event_message_im_bot_message.json").toString()).statusCode()).isEqualTo(200);
    assertThat(slack.postJson(Fixtures.json("event_message_changed.json").toString()).statusCode()).isEqualTo(200);
    JsonObject channelMessage = Fixtures.event("event_message_im.json", "EvCHANNELMSG");
    channelMessage.getAsJsonObject("event").addProperty("channel_type", "channel");
    channelMessage.getAsJsonObject("event").addProperty("channel", "C0PLAIN");
    slack.postJson(channelMessage.toString());

    JsonObject sentinel = Fixtures.event("event_app_mention.json", "EvSENTINEL2");
    sentinel.getAsJsonObject("event").addProperty("channel", "C0SENTINEL");
    slack.postJson(sentinel.toString());
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
    Thread.sleep(300);
    List<FakeSlackApi.Call> posts = fake.calls(path("/api/chat.post"));
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).form()).containsEntry("channel", "C0SENTINEL");
  }

  @Test
  void rateLimitedPostWaitsForRetryAfterThenSucceeds() throws Exception {
    start();
    fake.script("/api/chat.postMessage", new MockResponse().setResponseCode(429).setHeader("Retry-After", "1")
        .setBody("{\"ok\":false,\"error\":\"ratelimited\"}"));
    slack.postJson(Fixtures.event("event_app_mention.json", "EvRATELIMITED").toString());
    List<FakeSlackApi.Call> posts = fake.await(path("/api/chat.postMessage"), 2, WAIT);
    assertThat(Duration.between(posts.get(0).at(), posts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(posts.get(1).form()).containsEntry("thread_ts", "1515449522.000016");
    Thread.sleep(200);
    assertThat(fake.calls(path("/api/chat.postMessage"))).hasSize(2);
  }

  @Test
  void unavailableIsRetriedWithBackoff() throws Exception {
    start();
    fake.script("/api/chat.postMessage", new MockResponse().setResponseCode(503), new MockResponse().setResponseCode(503));
    slack.postJson(Fixtures.event("event_app_mention.json", "Ev503").toString());
    List<FakeSlackApi.Call> posts = fake.await(path("/api/chat.postMessage"), 3, WAIT);
    assertThat(Duration.between(posts.get(1).at(), posts.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void aServerErrorIsNotRetriedSinceSlackMayHavePostedIt() throws Exception {
    start();
    fake.script("/api/chat.postMessage", new MockResponse().setResponseCode(500));
    slack.postJson(Fixtures.event("event_app_mention.json", "Ev500").toString());
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
    slack.postJson(Fixtures.event("event_message_im.json", "EvAFTER500").toString());
    fake.await(c -> c.path().startsWith("/api/chat.postMessage") && c.form().get("channel").equals("D024BE91L"), 1, WAIT);
    Thread.sleep(1200);
    assertThat(fake.calls(c -> c.path().startsWith("/api/chat.postMessage") && c.form().get("channel").equals("C123ABC456"))).hasSize(1);
  }

  @Test
  void requestsFromAnotherWorkspaceOrAppAreRefusedAndNeverAnswered() throws Exception {
    fakeAuthTest = true;
    start();
    fake.await(path("/api/auth.test"), 1, WAIT);
    JsonObject foreignTeam = Fixtures.event("event_app_mention.json", "EvFOREIGNTEAM");
    foreignTeam.addProperty("team_id", "T0OTHER99");
    foreignTeam.getAsJsonObject("event").addProperty("channel", "C0FOREIGN1");
    JsonObject foreignApp = Fixtures.event("event_app_mention.json", "EvFOREIGNAPP");
    foreignApp.addProperty("api_app_id", "A0OTHER99");
    foreignApp.getAsJsonObject("event").addProperty("channel", "C0FOREIGN2");
    assertThat(slack.postJson(foreignTeam.toString()).statusCode()).isEqualTo(403);
    assertThat(slack.postJson(foreignApp.toString()).statusCode()).isEqualTo(403);
    // the slash command fixture comes from team T0001, which is not the bot's T123ABC456
    assertThat(slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("foreign"))).statusCode()).isEqualTo(403);
    assertThat(slack.postForm(Fixtures.blockAction("ab:up:x", fake.responseUrl("foreignclick"), false)).statusCode()).isEqualTo(403);

    slack.postJson(Fixtures.event("event_app_mention.json", "EvOWNTEAM").toString());
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
    Thread.sleep(300);
    assertThat(fake.calls(path("/api/chat.post"))).singleElement()
        .satisfies(c -> assertThat(c.form()).containsEntry("channel", "C123ABC456"));
    assertThat(fake.calls(path("/response/"))).isEmpty();
  }

  @Test
  void aConfiguredTeamIdIsEnforcedWithoutAuthTest() throws Exception {
    extraEnv.put("SLACK_TEAM_ID", "T0001");
    start();
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("own")));
    fake.await(path("/response/own"), 1, WAIT);
    assertThat(slack.postJson(Fixtures.event("event_app_mention.json", "EvOTHERTEAM").toString()).statusCode()).isEqualTo(403);
  }

  @Test
  void overloadGetsABusyReplyNeverAnAckFollowedBySilence() throws Exception {
    java.util.concurrent.CountDownLatch release = TestChat.holdSlowQuestions();
    start(Duration.ZERO, Map.of("slack.max-open-requests", "2"));
    List<String> refused = new ArrayList<>();
    try {
      slack.postForm(Fixtures.slashCommand("slow one", fake.responseUrl("slow1")));
      slack.postForm(Fixtures.slashCommand("slow two", fake.responseUrl("slow2")));
      HttpResponse<String> busy = slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("busy")));
      assertThat(busy.statusCode()).isEqualTo(200);
      assertThat(busy.body()).contains("too many questions");
      // a mention beyond capacity gets the busy notice posted only to its author
      assertThat(slack.postJson(Fixtures.event("event_app_mention.json", "EvBUSY").toString()).statusCode()).isEqualTo(200);
      FakeSlackApi.Call notice = fake.await(path("/api/chat.postEphemeral"), 1, WAIT).get(0);
      assertThat(notice.form()).containsEntry("channel", "C123ABC456").containsEntry("user", "U123ABC456");
      assertThat(notice.form().get("text")).contains("too many questions");
      // once the short-reply reserve is used up too (slow busy posts keep it full), events are refused
      // before their ack, and Slack delivers them again later
      for (int i = 0; i < 15; i++) {
        fake.script("/api/chat.postEphemeral", FakeSlackApi.json("{\"ok\":true}").setHeadersDelay(2, java.util.concurrent.TimeUnit.SECONDS));
      }
      for (int i = 0; i < 12; i++) {
        if (slack.postJson(Fixtures.event("event_app_mention.json", "EvFLOOD" + i).toString()).statusCode() == 503) {
          refused.add("EvFLOOD" + i);
        }
      }
      assertThat(refused).isNotEmpty();
    } finally {
      release.countDown();
    }
    fake.await(path("/response/slow"), 2, WAIT);
    Thread.sleep(1000); // the slow answers' posts complete, freeing their places
    assertThat(fake.calls(path("/response/busy"))).isEmpty();
    // what was refused before its ack is answered when Slack delivers it again
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (slack.postJson(Fixtures.event("event_app_mention.json", refused.get(0)).toString(), Map.of("X-Slack-Retry-Num", "1"))
        .statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
  }

  @Test
  void notInChannelIsLoggedNotRetriedAndTheBotKeepsRunning() throws Exception {
    start();
    fake.script("/api/chat.postMessage", FakeSlackApi.json("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    slack.postJson(Fixtures.event("event_app_mention.json", "EvNOTIN").toString());
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
    slack.postJson(Fixtures.event("event_message_im.json", "EvAFTER").toString());
    List<FakeSlackApi.Call> posts = fake.await(path("/api/chat.postMessage"), 2, WAIT);
    assertThat(posts.get(1).form()).containsEntry("channel", "D024BE91L");
    assertThat(slack.get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void forgedMissingAndStaleSignaturesGet401AndNoAnswer() throws Exception {
    start();
    String body = Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("forged"));
    long now = Instant.now().getEpochSecond();
    assertThat(slack.post("application/x-www-form-urlencoded", body, now, "not-the-secret", Map.of()).statusCode()).isEqualTo(401);
    assertThat(slack.post("application/x-www-form-urlencoded", body, now - 3600, SECRET, Map.of()).statusCode()).isEqualTo(401);
    assertThat(slack.postUnsigned("application/x-www-form-urlencoded", body).statusCode()).isEqualTo(401);
    String event = Fixtures.event("event_app_mention.json", "EvFORGED").toString();
    assertThat(slack.post("application/json", event, now, "not-the-secret", Map.of()).statusCode()).isEqualTo(401);
    assertThat(slack.post("application/json", event, now - 3600, SECRET, Map.of()).statusCode()).isEqualTo(401);

    // A genuine request still works, and none of the rejected ones was answered.
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("genuine")));
    fake.await(path("/response/genuine"), 1, WAIT);
    Thread.sleep(200);
    assertThat(fake.calls(path("/response/forged"))).isEmpty();
    assertThat(fake.calls(path("/api/chat.postMessage"))).isEmpty();
  }

  @Test
  void helpfulClickReachesFeedbackAndGetsAnEphemeralThanks() throws Exception {
    start();
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("answer")));
    JsonArray blocks = fake.await(path("/response/answer"), 1, WAIT).get(0).json().getAsJsonObject().getAsJsonArray("blocks");
    String up = texts(blocks, "actions").stream().filter(id -> id.startsWith("ab:up:")).findFirst().orElseThrow();

    HttpResponse<String> ack = slack.postForm(Fixtures.blockAction(up, fake.responseUrl("click"), false));
    assertThat(ack.statusCode()).isEqualTo(200);
    JsonObject thanks = fake.await(path("/response/click"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(thanks.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(thanks.get("text").getAsString()).contains("Thanks");
    assertThat(feedback.records).hasSize(1);
    assertThat(feedback.records.get(0).helpful()).isTrue();
    assertThat(feedback.records.get(0).question()).isEqualTo("Who founded DeepSeek?");
  }

  @Test
  void moreQuotesClickPostsTheOtherQuotes() throws Exception {
    start();
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("answer")));
    JsonArray blocks = fake.await(path("/response/answer"), 1, WAIT).get(0).json().getAsJsonObject().getAsJsonArray("blocks");
    String more = texts(blocks, "actions").stream().filter(id -> id.startsWith("ab:more:")).findFirst().orElseThrow();

    slack.postForm(Fixtures.blockAction(more, fake.responseUrl("more"), false));
    JsonObject json = fake.await(path("/response/more"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(texts(json.getAsJsonArray("blocks"), "section")).anySatisfy(s -> assertThat(s).contains("external funding"));
    assertThat(texts(json.getAsJsonArray("blocks"), "context")).anySatisfy(s -> assertThat(s).contains("¶ 14"));
  }

  @Test
  void unknownOrExpiredButtonGetsANoticeNotAnError() throws Exception {
    start();
    slack.postForm(Fixtures.blockAction("ab:up:nosuchkey", fake.responseUrl("old"), false));
    JsonObject json = fake.await(path("/response/old"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(json.get("text").getAsString()).contains("ask the question again");
    assertThat(feedback.records).isEmpty();
  }

  @Test
  void failureWhileAnsweringGivesAPoliteEphemeralReply() throws Exception {
    start();
    slack.postForm(Fixtures.slashCommand("boom", fake.responseUrl("boom")));
    JsonObject json = fake.await(path("/response/boom"), 1, WAIT).get(0).json().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(json.get("text").getAsString()).contains("Sorry, something went wrong");
  }

  @Test
  void urlVerificationChallengeIsEchoed() throws Exception {
    start();
    HttpResponse<String> response = slack.postJson(Fixtures.text("url_verification.json"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  @Test
  void startUpNeverNeedsAuthTest() throws Exception {
    start();
    // The fake answers auth.test with 404; requests are still served.
    slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("noauth")));
    fake.await(path("/response/noauth"), 1, WAIT);
    assertThat(fake.calls()).allSatisfy(c -> assertThat(c.path()).doesNotContain("slack.com"));
  }

  @Test
  void sslCheckIsAcknowledged() throws Exception {
    start();
    assertThat(slack.postForm("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO").statusCode()).isEqualTo(200);
    assertThat(fake.calls(path("/api/chat.post"))).isEmpty();
  }

  @Test
  void theBotsOwnMessagesAreIgnoredOnceItKnowsItsUserId() throws Exception {
    fakeAuthTest = true;
    start();
    fake.await(path("/api/auth.test"), 1, WAIT);
    Thread.sleep(200);
    // Its own user id, with no bot_id (as happens for some message kinds): still not answered.
    JsonObject own = Fixtures.event("event_message_im.json", "EvOWN");
    own.getAsJsonObject("event").addProperty("user", "U0LAN0Z89");
    assertThat(slack.postJson(own.toString()).statusCode()).isEqualTo(200);
    slack.postJson(Fixtures.event("event_app_mention.json", "EvOTHER").toString());
    fake.await(path("/api/chat.postMessage"), 1, WAIT);
    Thread.sleep(300);
    assertThat(fake.calls(path("/api/chat.postMessage"))).hasSize(1)
        .allSatisfy(c -> assertThat(c.form()).containsEntry("channel", "C123ABC456"));
  }

  @Test
  void getOnTheEventsPathIsRefused() throws Exception {
    start();
    assertThat(slack.get("/slack/events").statusCode()).isEqualTo(405);
  }
}
