package io.articlebot.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSetReaderTest {
  private static final String SQUAD = """
      {"version": "v2.0", "data": [
        {"title": "Tiny_Town", "paragraphs": [
          {"context": "Tiny Town was founded in 1850. It has a bakery.", "qas": [
            {"question": "When was Tiny Town founded?", "id": "q1", "is_impossible": false,
             "answers": [{"text": "1850", "answer_start": 25}, {"text": "in 1850", "answer_start": 22}]},
            {"question": "When was Big Town founded?", "id": "q2", "is_impossible": true, "answers": [],
             "plausible_answers": [{"text": "1850", "answer_start": 25}]}]},
          {"context": "  The bakery sells bread.", "qas": [
            {"question": "What does the bakery sell?", "id": "q3", "is_impossible": false,
             "answers": [{"text": "bread", "answer_start": 19}]}]}]},
        {"title": "Other", "paragraphs": [{"context": "Nothing here.", "qas": []}]}]}
      """;

  @Test
  void readsSquadWithOneArticlePerTitleAndAnswerOffsetsIntoIt() throws IOException {
    EvalSet set = EvalSetReader.parseSquad("tiny", SQUAD);
    assertThat(set.articles()).extracting(Article::id).containsExactly("tiny_town", "other");
    Article town = set.articles().get(0);
    assertThat(town.title()).isEqualTo("Tiny Town");
    assertThat(town.paragraphs()).hasSize(2);
    assertThat(set.perArticle()).isTrue();
    EvalQuestion q1 = set.questions().get(0);
    assertThat(q1.articleId()).isEqualTo("tiny_town");
    assertThat(q1.answerable()).isTrue();
    assertThat(q1.answers()).containsExactly("1850", "in 1850");
    for (Span s : q1.answerSpans()) {
      assertThat(town.text().substring(s.start(), s.end())).isIn("1850", "in 1850");
    }
    EvalQuestion q2 = set.questions().get(1);
    assertThat(q2.answerable()).isFalse();
    assertThat(q2.answers()).isEmpty();
    // The second context had leading spaces; its answer offset still lands on the answer.
    EvalQuestion q3 = set.questions().get(2);
    Span bread = q3.answerSpans().get(0);
    assertThat(town.text().substring(bread.start(), bread.end())).isEqualTo("bread");
  }

  @Test
  void readsJsonLinesAndTellsTheFormatsApart(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("set.jsonl");
    Files.writeString(jsonl, "{\"id\":\"a\",\"question\":\"Who?\",\"answerable\":true,\"answers\":[\"Ann\"]}\n\n"
        + "{\"id\":\"b\",\"question\":\"Why?\",\"answerable\":false,\"answers\":[]}\n");
    EvalSet set = EvalSetReader.read(jsonl);
    assertThat(set.name()).isEqualTo("set");
    assertThat(set.articles()).isEmpty();
    assertThat(set.perArticle()).isFalse();
    assertThat(set.questions()).extracting(EvalQuestion::id).containsExactly("a", "b");
    Path squad = dir.resolve("squad.json");
    Files.writeString(squad, SQUAD);
    assertThat(EvalSetReader.read(squad).articles()).hasSize(2);
  }

  @Test
  void badLinesSayWhere() {
    assertThatThrownBy(() -> EvalSetReader.parse("{\"id\":\"a\",\"question\":\"Q\",\"answerable\":true,\"answers\":[\"x\"]}\n{oops"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> EvalSetReader.parse("{\"id\":\"a\",\"question\":\"Q\",\"answerable\":true,\"answers\":[]}"))
        .hasMessageContaining("lists no answer");
    assertThatThrownBy(() -> EvalSetReader.parseSquad("x", "{\"version\":\"v2.0\"}")).isInstanceOf(IOException.class);
  }

  @Test
  void containmentIgnoresCaseAndWhitespace() {
    assertThat(Evaluator.containsAnswer("Founded by Liang\nWenfeng, DeepSeek", List.of("liang wenfeng"))).isTrue();
    assertThat(Evaluator.containsAnswer("Founded by Liang", List.of("Liang Wenfeng"))).isFalse();
  }
}
