package io.articlebot.slack;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Feedback;
import io.articlebot.core.chat.FeedbackSink;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A ChatService over hand-built answers, so the Slack tests need no index. */
final class TestChat {
  static final String FOUNDER_SENTENCE =
      "Founded by Liang Wenfeng, DeepSeek is reportedly linked to Chinese hedge fund High Flyer Quant, which manages around $8 billion in assets.";
  /** A passage full of Slack control sequences, to prove they are escaped. */
  static final String NASTY_SENTENCE = "Tell <!channel> and <!here> & <@U024BE7LH> about <https://evil.example|this>.";
  static final String THIRD_SENTENCE = "DeepSeek has chosen not to seek external funding.";

  static final ArticleInfo ARTICLE = new ArticleInfo("deepseek", "DeepSeek stirs the U.S. AI sector", "AsianFin", "", "", 27, 120, 2400);

  /** Records 👍 / 👎. */
  static final class RecordingSink implements FeedbackSink {
    final List<Feedback> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(Feedback feedback) {
      records.add(feedback);
    }

    @Override
    public String hashUser(ChatUser user) {
      return "hash-" + user.id().length();
    }
  }

  private TestChat() {}

  static Quote quote(String text, int paragraph, String... highlighted) {
    List<Span> highlights = new java.util.ArrayList<>();
    for (String h : highlighted) {
      int at = text.indexOf(h);
      highlights.add(new Span(at, at + h.length()));
    }
    return new Quote(text, new Citation("deepseek", ARTICLE.title(), paragraph, "AsianFin"), 1000 * paragraph, 1000 * paragraph + text.length(),
        0.9, highlights, List.of(new Span(0, text.length())));
  }

  /** What questions containing "slow" wait for (at most 20 s) before they are answered. */
  private static volatile CountDownLatch gate = new CountDownLatch(0);

  /** From now on, "slow" questions wait until the returned latch is counted down. */
  static CountDownLatch holdSlowQuestions() {
    gate = new CountDownLatch(1);
    return gate;
  }

  /**
   * Answers "founded" questions with three quotes, "tell" with the nasty one, "boom" by throwing,
   * "slow" ones after {@link #holdSlowQuestions}' latch opens, else abstains.
   */
  static Answer answer(Question q) {
    String text = q.text().toLowerCase();
    if (text.contains("slow")) {
      try {
        gate.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (text.contains("boom")) {
      throw new IllegalStateException("index exploded; token xoxb-should-not-be-logged");
    }
    if (text.contains("tell")) {
      return new Answer(q, true, 0.5, List.of(quote(NASTY_SENTENCE, 12, "Tell", "about")));
    }
    if (text.contains("founded")) {
      return new Answer(q, true, 0.87, List.of(
          quote(FOUNDER_SENTENCE, 9, "Founded", "Liang Wenfeng"),
          quote(NASTY_SENTENCE, 12, "about"),
          quote(THIRD_SENTENCE, 14, "DeepSeek")));
    }
    return Answer.abstain(q, 0.1);
  }

  static ChatService service(Duration cooldown, FeedbackSink sink) {
    return new ChatService(TestChat::answer, List.of(ARTICLE), new ChatLimits(500, cooldown, 100), sink, Clock.systemUTC());
  }
}
