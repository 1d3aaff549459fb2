package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.Quote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageLinkerTest {
  private static final ChatUser ALICE = ChatUser.human("discord", "1001");

  private static ArticleInfo info(String url, String format, boolean passageLinks) {
    ArticleInfo a = ChatFixtures.ARTICLE.info();
    return new ArticleInfo(a.id(), a.title(), a.source(), url, a.date(), a.paragraphs(), a.sentences(), a.words(), "Ann Lee",
        format, Instant.parse("2026-05-01T09:30:00Z"), passageLinks);
  }

  private static Reply ask(ArticleInfo info) {
    ChatService chat = new ChatService(new ChatFixtures.StubAnswerer(3), List.of(info), new ChatLimits(500, Duration.ZERO, 100),
        new ChatFixtures.RecordingSink(), new FakeClock());
    return chat.handleMessage(ALICE, "Who designed the building?").orElseThrow();
  }

  @Test
  void aWebPageAnswerLinksToThePassage() {
    Quote q = ask(info("https://gazette.example/library", "web page", true)).quotes().get(0);
    assertThat(q.citation().link()).isEqualTo("https://gazette.example/library#:~:text=The%20library%20opened%20on,It%20cost%20%2442.5%20million.");
  }

  @Test
  void aPdfLinksToTheDocumentWithoutAFragment() {
    assertThat(ask(info("https://council.example/report.pdf", "PDF", false)).quotes().get(0).citation().link())
        .isEqualTo("https://council.example/report.pdf");
  }

  @Test
  void anArticleWithoutAWebAddressHasNoLink() {
    assertThat(ask(info("", "text", true)).quotes().get(0).citation().link()).isEmpty();
    assertThat(ask(info("file:///tmp/a.txt", "text", true)).quotes().get(0).citation().link()).isEmpty();
  }

  @Test
  void sourcesSayWhatWasReadAndWhen() {
    ChatService chat = new ChatService(new ChatFixtures.StubAnswerer(1), List.of(info("https://gazette.example/library", "web page", true)),
        new ChatLimits(500, Duration.ZERO, 100), new ChatFixtures.RecordingSink(), new FakeClock());
    assertThat(chat.handleMessage(ALICE, "sources").orElseThrow().body())
        .contains("Mini library story, Port Merrow Gazette, by Ann Lee: https://gazette.example/library (web page, fetched 2026-05-01 09:30 UTC)");
  }
}
