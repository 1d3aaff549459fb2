package io.articlebot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplCommandTest {
  @TempDir
  Path dir;

  @Test
  void consoleSessionWritesFeedbackToTheConfiguredDataFolder() throws Exception {
    Path config = Cli.config(dir, "chat.cooldown-seconds=30");
    Cli.Result r = Cli.run("Who founded DeepSeek?\n+1\nWhat is the capital of France?\n-1\nquit\n",
        "repl", "--config", config.toString(), "--article", Cli.bundledArticle().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Liang Wenfeng").containsIgnoringCase("doesn't say");
    assertThat(r.out()).as("the console has one user and is never throttled").doesNotContain("faster than I can keep up");
    Path feedback = dir.resolve("data/feedback.jsonl");
    List<String> lines = Files.readAllLines(feedback, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"vote\":\"up\"", "Who founded DeepSeek?");
    assertThat(lines.get(1)).contains("\"vote\":\"down\"", "capital of France");
  }
}
