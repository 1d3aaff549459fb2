package io.articlebot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.app.Knowledge;
import io.articlebot.core.chat.StartupException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path write(String... lines) throws Exception {
    Path f = dir.resolve("article-bot.properties");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void unknownKeyIsNamed() throws Exception {
    Path f = write("chat.cooldown-secnds=3");
    assertThatThrownBy(() -> ConfigLoader.load(f, Set.of()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("chat.cooldown-secnds")
        .hasMessageContaining("chat.cooldown-seconds");
  }

  @Test
  void frontEndKeysAreKnownOnlyWhenAFrontEndReadsThem() throws Exception {
    Path f = write("discord.shards.total=2");
    assertThat(ConfigLoader.load(f, Set.of("discord.shards.total")).keys()).containsEntry("discord.shards.total", "2");
    assertThatThrownBy(() -> ConfigLoader.load(f, Set.of())).hasMessageContaining("discord.shards.total");
  }

  @Test
  void badNumberIsNamedWithItsValue() throws Exception {
    Path f = write("chat.max-question-chars=five hundred");
    assertThatThrownBy(() -> ConfigLoader.load(f, Set.of()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("chat.max-question-chars")
        .hasMessageContaining("five hundred");
  }

  @Test
  void negativeAndZeroNumbers() throws Exception {
    Path negative = write("chat.cooldown-seconds=-1");
    assertThatThrownBy(() -> ConfigLoader.load(negative, Set.of())).hasMessageContaining("chat.cooldown-seconds");
    Path zero = write("chat.remembered-answers=0");
    assertThatThrownBy(() -> ConfigLoader.load(zero, Set.of())).hasMessageContaining("chat.remembered-answers");
    Path huge = write("chat.max-question-chars=99999999999");
    assertThatThrownBy(() -> ConfigLoader.load(huge, Set.of())).hasMessageContaining("chat.max-question-chars");
  }

  @Test
  void valuesAndRelativePaths() throws Exception {
    Path f = write(
        "articles=articles/one.txt, articles/two.md",
        "data.dir=state",
        "chat.max-question-chars=300",
        "chat.cooldown-seconds=0",
        "chat.remembered-answers=50",
        "article.one.title=The First",
        "article.one.source=Gazette");
    BotConfig c = ConfigLoader.load(f, Set.of());
    assertThat(c.articles()).extracting(ArticleSpec::path)
        .containsExactly(dir.resolve("articles/one.txt").toAbsolutePath(), dir.resolve("articles/two.md").toAbsolutePath());
    assertThat(c.articles().get(0).id()).isEqualTo("one");
    assertThat(c.articles().get(0).title()).isEqualTo("The First");
    assertThat(c.articles().get(0).source()).isEqualTo("Gazette");
    assertThat(c.articles().get(1).title()).isNull();
    assertThat(c.dataDir()).isEqualTo(dir.resolve("state").toAbsolutePath());
    assertThat(c.chatLimits().maxQuestionChars()).isEqualTo(300);
    assertThat(c.chatLimits().cooldown()).isEqualTo(Duration.ZERO);
    assertThat(c.chatLimits().rememberedAnswers()).isEqualTo(50);
  }

  @Test
  void defaultsWhenKeysAreAbsent() throws Exception {
    BotConfig c = ConfigLoader.load(write("# nothing but a comment"), Set.of());
    assertThat(c.articles()).isEmpty();
    assertThat(c.chatLimits().maxQuestionChars()).isEqualTo(500);
    assertThat(c.chatLimits().cooldown()).isPositive();
  }

  @Test
  void missingArticleFileSaysHowToFix() throws Exception {
    BotConfig c = ConfigLoader.load(write("articles=articles/missing.txt"), Set.of());
    assertThatThrownBy(() -> Knowledge.load(c.articles()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("missing.txt")
        .hasMessageContaining("Check the path");
  }

  @Test
  void noArticlesAtAllSaysHowToFix() {
    assertThatThrownBy(() -> Knowledge.load(java.util.List.of()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("--article");
  }

  @Test
  void articlesFolder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("arts"));
    Files.writeString(folder.resolve("b.md"), "# B\n\nText.");
    Files.writeString(folder.resolve("a.txt"), "Text.");
    Files.writeString(folder.resolve("notes.json"), "{}");
    BotConfig c = ConfigLoader.load(write("articles.dir=arts"), Set.of());
    assertThat(c.articles()).extracting(ArticleSpec::id).containsExactly("a", "b");
    Path missing = write("articles.dir=nowhere");
    assertThatThrownBy(() -> ConfigLoader.load(missing, Set.of())).hasMessageContaining("nowhere");
  }

  @Test
  void theShippedConfigIsValid() throws Exception {
    Path shipped = Path.of("").toAbsolutePath().getParent().resolve("config/article-bot.properties");
    BotConfig c = ConfigLoader.load(shipped, io.articlebot.app.cli.TestFrontEndKeys.keys());
    assertThat(c.articles()).isNotEmpty();
    assertThat(c.articles()).allSatisfy(a -> assertThat(a.path()).isRegularFile());
  }

  @Test
  void articlesMayBeWebAddressesAndFilesOfEveryFormat() throws Exception {
    Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7");
    Path f = write("articles=report.pdf, https://en.wikipedia.org/wiki/Mozilla", "article.mozilla.title=Mozilla (2016)",
        "fetch.timeout-seconds=5", "fetch.max-megabytes=2");
    BotConfig c = ConfigLoader.load(f, Set.of());
    assertThat(c.articles()).extracting(ArticleSpec::id).containsExactly("report", "mozilla");
    ArticleSpec page = c.articles().get(1);
    assertThat(page.isWebPage()).isTrue();
    assertThat(page.location()).isEqualTo("https://en.wikipedia.org/wiki/Mozilla");
    assertThat(page.title()).isEqualTo("Mozilla (2016)");
    assertThat(page.skippable()).isTrue();
    assertThat(c.articles().get(0).skippable()).isFalse();
    assertThat(c.fetchLimits().timeout()).hasSeconds(5);
    assertThat(c.fetchLimits().maxBytes()).isEqualTo(2L * 1024 * 1024);
  }

  @Test
  void aBrokenWebAddressOrFetchLimitSaysHowToFixIt() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(write("articles=https://exa mple.com/x"), Set.of()))
        .isInstanceOf(StartupException.class).hasMessageContaining("not a valid web address");
    assertThatThrownBy(() -> ConfigLoader.load(write("articles=https:///x"), Set.of()))
        .isInstanceOf(StartupException.class).hasMessageContaining("no host name");
    assertThatThrownBy(() -> ConfigLoader.load(write("fetch.max-megabytes=0"), Set.of()))
        .isInstanceOf(StartupException.class).hasMessageContaining("fetch.max-megabytes");
  }

  @Test
  void aFolderOffersItsPagesAndPdfsToo() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("many"));
    for (String name : List.of("a.txt", "b.md", "c.html", "d.pdf", "e.png", "f.docx")) {
      Files.writeString(folder.resolve(name), "x");
    }
    assertThat(ConfigLoader.articlesIn(folder)).extracting(p -> p.getFileName().toString())
        .containsExactly("a.txt", "b.md", "c.html", "d.pdf");
  }
}
