package io.articlebot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Feedback;
import io.articlebot.core.chat.FeedbackSink;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stop (SIGTERM, Ctrl-C) lets the console print the answer it is working on before it exits. */
class ConsoleStopTest {
  private static final FeedbackSink NONE = new FeedbackSink() {
    @Override
    public void record(Feedback feedback) {}

    @Override
    public String hashUser(ChatUser user) {
      return "h";
    }
  };

  @Test
  void awaitIdleWaitsForTheAnswerInProgressAndNoLonger() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ChatService chat = new ChatService(q -> {
      asked.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Answer.abstain(q, 0.1);
    }, List.of(new ArticleInfo("a", "An article", "", "", "", 1, 1, 3)), new ChatLimits(500, Duration.ZERO, 10), NONE,
        Clock.systemUTC());
    ConsoleChat console = new ConsoleChat(chat, new PlainTextRenderer(false));
    assertThat(console.awaitIdle(Duration.ofMillis(10))).as("nothing in progress").isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread session = new Thread(() -> {
      try {
        console.run(new BufferedReader(new StringReader("What is in it?\n")), new PrintStream(out, true, StandardCharsets.UTF_8), false);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    session.start();
    assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(console.awaitIdle(Duration.ofMillis(200))).as("an answer is being worked out").isFalse();
    release.countDown();
    assertThat(console.awaitIdle(Duration.ofSeconds(10))).isTrue();
    session.join(10_000);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("doesn't say");
  }
}
