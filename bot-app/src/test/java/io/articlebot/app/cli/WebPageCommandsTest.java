package io.articlebot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.app.web.LoopbackSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --article URL}, {@code articles=URL} and {@code refresh}, against a web site on loopback. */
@Timeout(60)
class WebPageCommandsTest {
  @TempDir
  Path dir;
  LoopbackSite site;

  @BeforeEach
  void start() throws Exception {
    site = new LoopbackSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void askAboutAUrlGivenOnTheCommandLine() {
    Cli.Result r = Cli.run("", "ask", "--config", Cli.config(dir).toString(), "--article", site.url("/wiki/Mozilla").toString(),
        "--json", "What was Firefox originally named?");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"answered\":true").contains("Phoenix").contains("\"article\":\"mozilla\"");
    assertThat(dir.resolve("data/extracted/mozilla.txt")).isRegularFile();
  }

  @Test
  void aBrokenUrlInTheConfigIsSkippedAndTheBotStillAnswers() {
    Path config = Cli.config(dir, "articles=" + Cli.bundledArticle() + ", " + site.url("/missing") + ", " + site.url("/photo.png"));
    Cli.Result r = Cli.run("", "ask", "--config", config.toString(), "Who founded DeepSeek?");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Liang Wenfeng");
    assertThat(r.err()).contains("skipped " + site.url("/missing") + ": " + site.url("/missing") + " answered HTTP 404")
        .contains("is an image (image/png)");
  }

  @Test
  void refreshFetchesAgainAndAFailedRefreshKeepsTheOldCopy() throws Exception {
    Path config = Cli.config(dir, "articles=" + site.url("/wiki/Mozilla") + ", " + site.url("/missing"), "fetch.timeout-seconds=3");
    Cli.Result first = Cli.run("", "ask", "--config", config.toString(), "Who registered mozilla.org?");
    assertThat(first.out()).contains("Jamie Zawinski");

    String updated = Files.readString(LoopbackSite.WIKIPEDIA, StandardCharsets.UTF_8)
        .replace("Jamie Zawinski</a> from Netscape registered", "Jamie Zawinski</a> and a colleague from Netscape registered");
    site.article.set(updated.getBytes(StandardCharsets.UTF_8));
    Cli.Result refresh = Cli.run("", "refresh", "--config", config.toString());

    assertThat(refresh.exit()).isEqualTo(1);
    assertThat(refresh.out()).contains("refreshed " + site.url("/wiki/Mozilla") + ": \"Mozilla\"")
        .contains("failed    " + site.url("/missing") + ": " + site.url("/missing") + " answered HTTP 404")
        .contains("There is no earlier copy.")
        .contains("1 of 2 page(s) could not be refreshed.");
    Cli.Result after = Cli.run("", "ask", "--config", config.toString(), "Who registered mozilla.org?");
    assertThat(after.out()).contains("and a colleague from Netscape");

    site.close();
    Cli.Result offline = Cli.run("", "refresh", "--config", config.toString());
    assertThat(offline.out()).contains("Keeping the copy fetched");
    assertThat(Cli.run("", "ask", "--config", config.toString(), "Who registered mozilla.org?").out())
        .contains("and a colleague from Netscape");
  }
}
