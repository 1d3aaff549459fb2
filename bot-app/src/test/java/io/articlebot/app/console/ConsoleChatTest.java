package io.articlebot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.app.Knowledge;
import io.articlebot.app.config.ArticleSpec;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.JsonlFeedbackLog;
import io.articlebot.core.conversation.Conversations;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatTest {
  private static Knowledge knowledge;

  @TempDir
  Path dataDir;

  @BeforeAll
  static void load() throws Exception {
    Path article = Path.of("").toAbsolutePath().getParent().resolve("config/articles/deepseek-asianfin.txt");
    knowledge = Knowledge.load(List.of(new ArticleSpec(article, "deepseek-asianfin", null, null, null, null)));
  }

  /** A clock that moves a fixed step at every reading, so a console session can outlast the idle time. */
  private static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Duration step;

    SteppingClock(Duration step) {
      this.step = step;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      now = now.plus(step);
      return now;
    }
  }

  private String session(String script) throws Exception {
    return session(script, Clock.systemUTC());
  }

  private String session(String script, Clock clock) throws Exception {
    ChatService chat = new ChatService(knowledge.engine(), knowledge.infos(),
        new ChatLimits(500, Duration.ZERO, 100), new JsonlFeedbackLog(dataDir), clock,
        new Conversations(knowledge::articles, Duration.ofMinutes(15), 100, clock));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new ConsoleChat(chat, new PlainTextRenderer(false)).run(new BufferedReader(new StringReader(script)), out, false);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Every “quote” in the output, which must each be found in the article exactly (line breaks aside). */
  private static List<String> quotes(String output) {
    String article = knowledge.articles().get(0).text().replaceAll("\\s+", " ");
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("“(.+?)”\\n\\s+— ").matcher(output);
    while (m.find()) {
      assertThat(article).as("verbatim").contains(m.group(1));
      out.add(m.group(1));
    }
    return out;
  }

  private static int replies(String output) {
    return output.split("bot> ", -1).length - 1;
  }

  private List<String> feedbackLines() throws Exception {
    Path f = dataDir.resolve("feedback.jsonl");
    return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
  }

  @Test
  void scriptedSession() throws Exception {
    String out = session("Who founded DeepSeek?\nmore\n+1\nhelp\nquit\nWhat is the capital of France?\n");
    assertThat(out).startsWith("article-bot: ask me about");
    String[] parts = out.split("bot> ");
    assertThat(parts).hasSize(5);
    assertThat(parts[1]).contains("Who founded DeepSeek?").contains("Liang Wenfeng").contains("+1: helpful");
    assertThat(parts[2]).satisfiesAnyOf(
        more -> assertThat(more).contains("More on: Who founded DeepSeek?"),
        more -> assertThat(more).contains("That's all"));
    assertThat(parts[3]).contains("Thanks");
    assertThat(parts[4]).contains("Help");
    assertThat(out).doesNotContain("capital of France");
    List<String> feedback = feedbackLines();
    assertThat(feedback).hasSize(1);
    assertThat(feedback.get(0)).contains("\"vote\":\"up\"").contains("Who founded DeepSeek?").doesNotContain("local");
  }

  @Test
  void minusOneRecordsADownVote() throws Exception {
    session("What is the capital of France?\n-1\n");
    assertThat(feedbackLines()).singleElement().satisfies(l -> assertThat(l).contains("\"vote\":\"down\"", "\"answered\":false"));
  }

  @Test
  void buttonsBeforeAnyQuestionExplainThemselves() throws Exception {
    String out = session("more\n+1\n");
    assertThat(replies(out)).isEqualTo(2);
    assertThat(out).contains("ask me a question first").contains("Ask a question first");
    assertThat(feedbackLines()).isEmpty();
  }

  @Test
  void moreGoesOnWithoutRepeatingAQuoteAndSaysWhenNothingIsLeft() throws Exception {
    String out = session("Who founded DeepSeek?\n" + "more\n".repeat(8));
    List<String> quotes = quotes(out);
    assertThat(quotes).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    assertThat(out).contains("More on: Who founded DeepSeek?").contains("around the passage I quoted");
    String[] parts = out.split("bot> ");
    assertThat(parts[parts.length - 1]).contains("That's all the article says around my answer");
  }

  @Test
  void theIssueSessionFollowsTheConversationWithVerbatimQuotesOrAnHonestNo() throws Exception {
    String out = session("is deepseek planning an IPO?\nwhy?\ntell me more\nwho runs it?\n");
    String[] parts = out.split("bot> ");
    assertThat(parts).hasSize(5);
    quotes(out);
    assertThat(parts[1]).contains("IPO").contains("¶ 14");
    assertThat(parts[2]).contains("Taking “why?” as: why is deepseek planning an IPO?");
    assertThat(parts[3]).contains("More on: ").contains("around the passage I quoted").contains("¶ 14");
    assertThat(quotes(parts[3])).isNotEmpty().noneMatch(q -> quotes(parts[1]).contains(q));
    assertThat(parts[4]).contains("Taking “it” as DeepSeek: who runs DeepSeek?");
    // Either a passage about DeepSeek, or the article doesn't say: never the unrelated quote of old.
    assertThat(parts[4]).doesNotContain("New York Time");
  }

  @Test
  void aNewTopicIsNotReadAsAFollowUp() throws Exception {
    String out = session("Who founded DeepSeek?\nWhat did Zuckerberg say about 2025?\n");
    String[] parts = out.split("bot> ");
    assertThat(parts[2]).doesNotContain("Taking").contains("Zuckerberg");
  }

  @Test
  void theConversationIsForgottenAfterTheIdleTime() throws Exception {
    String out = session("is deepseek planning an IPO?\nwhy?\n", new SteppingClock(Duration.ofMinutes(20)));
    assertThat(out.split("bot> ")[2]).contains("don't have an earlier question");
  }

  @Test
  void consoleHelpListsWhatToTypeHereNotThePlatformsButtons() throws Exception {
    String out = session("help\n");
    assertThat(out).contains("more:").contains("+1 / -1").contains("quit").doesNotContain("/ask").doesNotContain("👍");
  }

  @Test
  void blankLinesAreIgnoredAndEndOfInputEnds() throws Exception {
    String out = session("\n   \nabout\n");
    assertThat(replies(out)).isEqualTo(1);
    assertThat(out).contains("About").contains("deepseek-asianfin");
  }

  @Test
  void badInputGetsNoticesNotCrashes() throws Exception {
    String out = session("🙂🙂🙂\ntitle:* AND (\n" + "x".repeat(100_000) + "\n@everyone\nexit\n");
    assertThat(replies(out)).isEqualTo(4);
    assertThat(out).containsIgnoringCase("long");
  }
}
