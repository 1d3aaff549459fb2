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
      assertThat(node.get("question").asText()).isEqualTo(input.get(i));
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
}
