package io.articlebot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Cli.Result ask(String stdin, String... questionArgs) {
    List<String> args = new ArrayList<>(List.of("ask", "--config", Cli.config(dir).toString(),
        "--article", Cli.bundledArticle().toString()));
    args.addAll(List.of(questionArgs));
    return Cli.run(stdin, args.toArray(String[]::new));
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void plainAnswerQuotesTheArticle() {
    Cli.Result r = ask("", "Who", "founded", "DeepSeek?");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Liang Wenfeng").contains("¶ 10");
  }

  @Test
  void plainAbstention() {
    Cli.Result r = ask("", "What is the capital of France?");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsIgnoringCase("doesn't say");
  }

  @Test
  void stdinLinesAnswerInOrderOneJsonObjectEach() throws Exception {
    List<String> input = List.of("Who founded DeepSeek?", "", "title:* AND (", "What is the capital of France?", "🙂🙂",
        "@everyone", "DeepSeek的创始人是谁？", "Who founded DeepSeek? ".repeat(5000), "How much did DeepSeek spend?");
    Cli.Result r = ask(String.join("\n", input) + "\n", "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(input.size());
    for (int i = 0; i < input.size(); i++) {
      JsonNode node = JSON.readTree(lines.get(i));
      if (input.get(i).length() <= 500) {
        assertThat(node.get("question").asText()).isEqualTo(input.get(i));
      } else {
        assertThat(node.get("question").asText()).as("never echoed back whole").hasSize(501)
            .startsWith(input.get(i).substring(0, 500)).endsWith("…");
      }
      assertThat(node.get("reply").asText()).isNotBlank();
    }
    assertThat(JSON.readTree(lines.get(0)).get("answered").asBoolean()).isTrue();
    JsonNode empty = JSON.readTree(lines.get(1));
    assertThat(empty.get("answered").asBoolean()).isFalse();
    assertThat(empty.get("quotes")).isEmpty();
    assertThat(empty.get("reply").asText()).contains("Help");
    assertThat(JSON.readTree(lines.get(3)).get("answered").asBoolean()).isFalse();
    assertThat(JSON.readTree(lines.get(7)).get("reply").asText()).containsIgnoringCase("long");
  }

  @Test
  void stdinWithoutTrailingNewlineAndCrLf() throws Exception {
    Cli.Result r = ask("Who founded DeepSeek?\r\nWhat is the capital of France?", "--json", "-");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(0)).get("question").asText()).isEqualTo("Who founded DeepSeek?");
  }

  @Test
  void missingArticleSaysHowToFix() {
    Path missing = dir.resolve("nowhere.txt");
    Cli.Result r = Cli.run("", "ask", "--config", Cli.config(dir).toString(), "--article", missing.toString(), "Who?");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("nowhere.txt").containsIgnoringCase("check the path");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void missingConfigSaysHowToFix() {
    Cli.Result r = Cli.run("", "ask", "--config", dir.resolve("absent.properties").toString(), "Who?");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("absent.properties").contains("--config");
  }

  @Test
  void articleFromTheConfigFile() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.copy(Cli.bundledArticle(), articles.resolve("deepseek-asianfin.txt"));
    Path config = Cli.config(dir, "articles=articles/deepseek-asianfin.txt",
        "article.deepseek-asianfin.title=Configured Title");
    Cli.Result r = Cli.run("", "ask", "--config", config.toString(), "Who founded DeepSeek?");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Liang Wenfeng").contains("Configured Title");
    assertThat(Files.readString(config, StandardCharsets.UTF_8)).contains("data.dir");
  }

  @Test
  void aTenMegabyteLineIsReadInPartAnsweredAsTooLongAndTheNextQuestionStillAnswered() throws Exception {
    String huge = "why ".repeat(10 * 1024 * 1024 / 4);
    Cli.Result r = ask(huge + "\nWho founded DeepSeek?\n", "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Exception");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode tooLong = JSON.readTree(lines.get(0));
    assertThat(tooLong.get("answered").asBoolean()).isFalse();
    assertThat(tooLong.get("reply").asText()).contains("10,485,760 characters long");
    assertThat(lines.get(0).length()).isLessThan(2_000);
    assertThat(JSON.readTree(lines.get(1)).get("reply").asText()).contains("Liang Wenfeng");
  }

  @Test
  void commandsTypedToAskShowTheirReplies() throws Exception {
    Cli.Result r = ask("help\nabout\nsources\n", "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines.get(0)).get("reply").asText()).startsWith("Help");
    assertThat(JSON.readTree(lines.get(1)).get("reply").asText()).startsWith("About");
    assertThat(JSON.readTree(lines.get(2)).get("reply").asText()).startsWith("Sources");
    for (String line : lines) {
      assertThat(JSON.readTree(line).get("answered").asBoolean()).isFalse();
      assertThat(JSON.readTree(line).get("quotes")).isEmpty();
    }
    assertThat(ask("", "sources").out()).startsWith("Sources");
  }

  @Test
  void querySyntaxAloneIsNotAnsweredWithConfidence() throws Exception {
    JsonNode node = JSON.readTree(ask("", "--json", "title:* AND (").out().strip());
    assertThat(node.get("answered").asBoolean()).isFalse();
    assertThat(node.get("confidence").asDouble()).isZero();
    assertThat(node.get("reply").asText()).contains("search syntax");
  }

  @Test
  void aBrokenFileInAnArticlesFolderIsSkippedWithAWarningAndShownInSources() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.copy(Cli.bundledArticle(), folder.resolve("deepseek.txt"));
    Files.write(folder.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    Cli.Result r = Cli.run("Who founded DeepSeek?\nsources\n", "ask", "--config", Cli.config(dir).toString(),
        "--articles", folder.toString(), "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped broken.txt").contains("not UTF-8");
    List<String> lines = r.out().lines().toList();
    assertThat(JSON.readTree(lines.get(0)).get("reply").asText()).contains("Liang Wenfeng");
    assertThat(JSON.readTree(lines.get(1)).get("reply").asText()).contains("Not loaded (1)").contains("broken.txt")
        .doesNotContain(folder.toString());
  }

  @Test
  void aFolderWhoseOnlyArticleIsBrokenStopsStartUp() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.write(folder.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    Cli.Result r = Cli.run("", "ask", "--config", Cli.config(dir).toString(), "--articles", folder.toString(), "x");
    assertThat(r.exit()).isEqualTo(78);
    assertThat(r.err()).contains("No article could be loaded").contains("not UTF-8");
  }

  @Test
  void aBrokenFileNamedOnItsOwnStillStopsStartUp() throws Exception {
    Path broken = Files.write(dir.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    Cli.Result r = Cli.run("", "ask", "--config", Cli.config(dir).toString(), "--article", Cli.bundledArticle().toString(),
        "--article", broken.toString(), "x");
    assertThat(r.exit()).isEqualTo(78);
    assertThat(r.err()).contains("not UTF-8");
  }
}
