package io.articlebot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console chat writes the question log; report reads it; the switch and the newcomer's --help. */
class QuestionLogCommandsTest {
  @TempDir
  Path dir;

  private Cli.Result run(String stdin, String config, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--config";
    all[1] = Cli.config(dir, config).toString();
    all[2] = "--article";
    all[3] = Cli.bundledArticle().toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return Cli.run(stdin, all);
  }

  @Test
  void consoleQuestionsAndVotesReachTheReport() throws Exception {
    Cli.Result chat = run("Who founded DeepSeek?\n+1\nHow many employees does DeepSeek have?\n-1\nhow many employees does deepseek have\n", "",
        "repl");
    assertThat(chat.exit()).as(chat.err()).isZero();
    assertThat(dir.resolve("data/questions.db")).exists();

    Path html = dir.resolve("out.html");
    Cli.Result report = run("", "", "report", "--html", html.toString());
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out()).contains("3 questions, 1 answered (33%), 2 not; votes 1 up, 1 down")
        .contains("How many employees does DeepSeek have?").contains("(2 wordings)");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("<svg id=\"per-day\"").contains("How many employees does DeepSeek have?");
  }

  @Test
  void theSwitchTurnsTheLogOff() {
    Cli.Result chat = run("Who founded DeepSeek?\n", "questions.log=off", "repl");
    assertThat(chat.exit()).as(chat.err()).isZero();
    assertThat(dir.resolve("data/questions.db")).doesNotExist();
    Cli.Result report = run("", "questions.log=off", "report");
    assertThat(report.exit()).isEqualTo(78);
    assertThat(report.err()).contains("No question log at");
  }

  @Test
  void aBadSwitchValueStopsStartUp() {
    Cli.Result r = run("", "questions.log=maybe", "repl");
    assertThat(r.exit()).isEqualTo(78);
    assertThat(r.err()).contains("questions.log").contains("on or off");
  }

  @Test
  void aDamagedLogStopsStartUpWithAClearMessage() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/questions.db"), "not a database ".repeat(500), StandardCharsets.UTF_8);
    Cli.Result r = run("Who founded DeepSeek?\n", "", "repl");
    assertThat(r.exit()).isEqualTo(78);
    assertThat(r.err()).contains("is damaged").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ask", "eval", "bench", "repl", "run", "report"})
  void everyCommandPrintsHelpAndExitsZero(String command) {
    Cli.Result r = Cli.run("", command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: article-bot " + command);
  }

  @Test
  void aOneShotAskShowsNoButtonsToType() {
    Cli.Result r = run("", "", "ask", "Who founded DeepSeek?");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Liang Wenfeng").doesNotContain("+1").doesNotContain("more:");
  }
}
