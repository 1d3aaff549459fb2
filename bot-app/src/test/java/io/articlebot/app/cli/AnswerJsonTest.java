package io.articlebot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private JsonNode askJson(Path article, String question) throws Exception {
    Cli.Result r = Cli.run("", "ask", "--json", "--config", Cli.config(dir).toString(), "--article", article.toString(), question);
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1);
    return JSON.readTree(lines.get(0));
  }

  /** The code points [start, end) of the file's text. */
  private static String codePointSlice(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    return text.substring(from, to);
  }

  private static void assertExactShape(JsonNode node, String articleText) {
    assertThat(AskCommandTest.fieldNames(node)).containsExactlyInAnyOrder("question", "answered", "confidence", "quotes", "nearest", "reply");
    assertThat(node.get("answered").isBoolean()).isTrue();
    assertThat(node.get("confidence").isNumber()).isTrue();
    assertThat(node.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(node.get("quotes").isArray()).isTrue();
    assertThat(node.get("quotes").size()).isLessThanOrEqualTo(3);
    assertThat(node.get("reply").isTextual()).isTrue();
    assertThat(node.get("nearest").isArray()).isTrue();
    assertThat(node.get("nearest").size()).isLessThanOrEqualTo(3);
    if (node.get("answered").asBoolean()) {
      assertThat(node.get("nearest")).isEmpty();
    }
    List<JsonNode> passages = new java.util.ArrayList<>();
    node.get("quotes").forEach(passages::add);
    node.get("nearest").forEach(passages::add);
    for (JsonNode q : passages) {
      assertThat(AskCommandTest.fieldNames(q)).containsExactlyInAnyOrder("text", "article", "paragraph", "start", "end", "score", "link");
      assertThat(q.get("paragraph").isInt()).isTrue();
      assertThat(q.get("start").isInt()).isTrue();
      assertThat(q.get("end").isInt()).isTrue();
      assertThat(q.get("score").isNumber()).isTrue();
      assertThat(q.get("text").asText()).isEqualTo(codePointSlice(articleText, q.get("start").asInt(), q.get("end").asInt()));
    }
  }

  @Test
  void answerHasExactlyTheDocumentedKeysAndVerbatimSlices() throws Exception {
    Path article = Cli.bundledArticle();
    JsonNode node = askJson(article, "Who founded DeepSeek?");
    assertExactShape(node, Files.readString(article, StandardCharsets.UTF_8));
    assertThat(node.get("question").asText()).isEqualTo("Who founded DeepSeek?");
    assertThat(node.get("answered").asBoolean()).isTrue();
    JsonNode first = node.get("quotes").get(0);
    assertThat(first.get("text").asText()).contains("Liang Wenfeng");
    assertThat(first.get("article").asText()).isEqualTo("deepseek-asianfin");
    assertThat(first.get("paragraph").asInt()).isEqualTo(10);
    assertThat(node.get("reply").asText()).contains("Liang Wenfeng");
  }

  @Test
  void abstentionHasTheSameShapeNoQuotesAndItsNearestPassages() throws Exception {
    Path article = Cli.bundledArticle();
    JsonNode node = askJson(article, "What is the capital of France?");
    assertExactShape(node, Files.readString(article, StandardCharsets.UTF_8));
    assertThat(node.get("answered").asBoolean()).isFalse();
    assertThat(node.get("quotes")).isEmpty();
    assertThat(node.get("nearest")).isNotEmpty();
    assertThat(node.get("confidence").asDouble()).isLessThan(0.5);
  }

  @Test
  void offsetsCountCodePointsNotUtf16Units() throws Exception {
    Path article = dir.resolve("emoji-story.txt");
    String text = "🙂🎉 Party news 🎉🙂\n"
        + "The harbor festival drew 𝟘 complaints and 40,000 visitors on Saturday. 🎈 The mayor opened it.\n"
        + "Ticket sales raised $2 million for the lighthouse repairs 🏗️.\n";
    Files.writeString(article, text, StandardCharsets.UTF_8);
    JsonNode node = askJson(article, "How much money did ticket sales raise?");
    assertExactShape(node, text);
    assertThat(node.get("answered").asBoolean()).isTrue();
    JsonNode q = node.get("quotes").get(0);
    assertThat(q.get("text").asText()).contains("$2 million");
    int utf16Start = text.indexOf(q.get("text").asText());
    assertThat(q.get("start").asInt()).isEqualTo(text.codePointCount(0, utf16Start)).isLessThan(utf16Start);
  }

  @Test
  void questionsWithQuotesAndControlCharactersStayValidJson() throws Exception {
    JsonNode node = askJson(Cli.bundledArticle(), "What did \"Zuckerberg\" say\tabout \\ AI?");
    assertThat(node.get("question").asText()).isEqualTo("What did \"Zuckerberg\" say\tabout \\ AI?");
  }
}
