package io.articlebot.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.app.ArticleSources;
import io.articlebot.app.Knowledge;
import io.articlebot.app.config.ArticleSpec;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.article.DocumentFormat;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.source.PageFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Articles given as URLs, served from a web site on loopback. */
@Timeout(60)
class WebArticlesTest {
  private static final PageFetcher.Limits LIMITS = new PageFetcher.Limits(Duration.ofSeconds(2), 1024 * 1024);

  @TempDir
  Path dir;
  LoopbackSite site;
  Path localArticle;

  @BeforeEach
  void start() throws Exception {
    site = new LoopbackSite();
    localArticle = dir.resolve("harbour.txt");
    Files.writeString(localArticle, "The harbour ferry leaves every twenty minutes from pier four. Tickets cost two euros.\n",
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private ArticleSources sources() {
    return new ArticleSources(dir.resolve("data"), new PageFetcher(LIMITS, Clock.systemUTC()));
  }

  private static ArticleSpec page(URI url) {
    return ArticleSpec.webPage(url, ArticleLoader.idFor(url), null, null, null, null);
  }

  private ArticleSpec local() {
    return new ArticleSpec(localArticle, "harbour", null, null, null, null);
  }

  @Test
  void aPageIsFetchedKeptAndAnsweredFromItsBody() throws Exception {
    Knowledge k = Knowledge.load(List.of(page(site.url("/wiki/Mozilla")), local()), sources());

    Article mozilla = k.articles().get(0);
    assertThat(mozilla.id()).isEqualTo("mozilla");
    assertThat(mozilla.title()).isEqualTo("Mozilla");
    assertThat(mozilla.url()).isEqualTo("https://en.wikipedia.org/wiki/Mozilla");
    assertThat(mozilla.origin().format()).isEqualTo(DocumentFormat.HTML);
    assertThat(mozilla.origin().fetchedAt()).isNotNull();
    Answer a = k.engine().answer(new Question("Who registered mozilla.org?"));
    assertThat(a.answered()).isTrue();
    Quote q = a.quotes().get(0);
    assertThat(q.citation().articleTitle()).isEqualTo("Mozilla");
    assertThat(q.text()).contains("Jamie Zawinski");

    Path extracted = dir.resolve("data/extracted/mozilla.txt");
    String kept = Files.readString(extracted, StandardCharsets.UTF_8);
    assertThat(kept).isEqualTo(mozilla.text());
    assertThat(kept.substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void aKeptPageIsUsedWithoutTheNetworkOnTheNextStart() throws Exception {
    Knowledge first = Knowledge.load(List.of(page(site.url("/old-address"))), sources());
    long fetched = site.requests.get();
    URI url = site.url("/old-address");
    site.close();

    Knowledge second = Knowledge.load(List.of(page(url)), sources());

    assertThat(fetched).as("one redirect, one page").isEqualTo(2);
    assertThat(second.articles().get(0).text()).isEqualTo(first.articles().get(0).text());
    assertThat(second.articles().get(0).origin().fetchedAt()).isEqualTo(first.articles().get(0).origin().fetchedAt());
  }

  @Test
  void pagesThatFailAreSkippedWithAClearMessageAndTheRestAnswers() throws Exception {
    Knowledge k = Knowledge.load(List.of(
        page(site.url("/missing")), page(site.url("/photo.png")), page(site.url("/photo")), page(site.url("/slow")),
        page(site.url("/huge")), local()), sources());

    assertThat(k.articles()).extracting(Article::id).containsExactly("harbour");
    assertThat(k.skipped()).hasSize(5);
    assertThat(k.skipped().get(0)).contains("/missing").contains("HTTP 404 (no such page)").contains("refresh");
    assertThat(k.skipped().get(1)).contains("/photo.png is an image (image/png)");
    assertThat(k.skipped().get(2)).contains("/photo is an image (JPEG)");
    assertThat(k.skipped().get(3)).contains("/slow").contains("within 2 s");
    assertThat(k.skipped().get(4)).contains("/huge is larger than 1 MB");
    assertThat(site.hugeBytesSent.get()).as("the download stopped at the limit, not at 50 MB").isLessThan(LoopbackSite.HUGE / 2);
    assertThat(k.engine().answer(new Question("How much do tickets cost?")).quotes().get(0).text()).contains("two euros");
  }

  @Test
  void whenNothingLoadsStartUpStopsWithEveryReason() {
    assertThatThrownBy(() -> Knowledge.load(List.of(page(site.url("/missing")), page(site.url("/photo.png"))), sources()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("No article could be loaded")
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("image/png");
  }

  @Test
  void aHostThatRefusesConnectionsIsNamed() throws Exception {
    URI closed;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/news");
    }
    Knowledge k = Knowledge.load(List.of(page(closed), local()), sources());
    assertThat(k.skipped().get(0)).contains("Could not connect to 127.0.0.1:" + closed.getPort());
  }
}
