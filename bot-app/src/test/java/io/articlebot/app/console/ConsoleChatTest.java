package io.articlebot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.app.Knowledge;
import io.articlebot.app.config.ArticleSpec;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.JsonlFeedbackLog;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

  private String session(String script) throws Exception {
    ChatService chat = new ChatService(knowledge.engine(), knowledge.infos(),
        new ChatLimits(500, Duration.ZERO, 100), new JsonlFeedbackLog(dataDir), Clock.systemUTC());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new ConsoleChat(chat, new PlainTextRenderer(false)).run(new BufferedReader(new StringReader(script)), out, false);
    return bytes.toString(StandardCharsets.UTF_8);
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
    assertThat(out).contains("ask a question first").contains("Ask a question first");
    assertThat(feedbackLines()).isEmpty();
  }

  @Test
  void moreTwiceDoesNotRepeatQuotes() throws Exception {
    String out = session("Who founded DeepSeek?\nmore\nmore\n");
    String[] parts = out.split("bot> ");
    assertThat(parts).hasSize(4);
    assertThat(parts[3]).satisfiesAnyOf(
        p -> assertThat(p).contains("no more quotes"),
        p -> assertThat(p).contains("That's all"));
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
