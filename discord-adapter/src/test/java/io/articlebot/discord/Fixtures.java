package io.articlebot.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Feedback;
import io.articlebot.core.chat.FeedbackSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;

/** Hand-built answers, a fake feedback sink and helpers for mocked JDA rest actions. */
final class Fixtures {
  static final String TITLE = "DeepSeek stirs the U.S. AI sector";
  static final Citation CITATION = new Citation("deepseek", TITLE, 9, "Reuters, 27 January 2025");
  static final ArticleInfo ARTICLE = new ArticleInfo("deepseek", TITLE, "Reuters", "https://example.com/a", "2025-01-27", 20, 60, 1200);

  private Fixtures() {}

  /** A quote of {@code text} with every occurrence of each of {@code words} highlighted and real sentence spans. */
  static Quote quote(String text, int paragraph, String... words) {
    List<Span> highlights = new ArrayList<>();
    for (String w : words) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(text);
      while (m.find()) {
        highlights.add(new Span(m.start(), m.end()));
      }
    }
    highlights.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Span> sentences = new ArrayList<>();
    Matcher s = Pattern.compile("[^.!?]+[.!?]+").matcher(text);
    while (s.find()) {
      int start = s.start();
      while (Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      sentences.add(new Span(start, s.end()));
    }
    Citation citation = new Citation(CITATION.articleId(), CITATION.articleTitle(), paragraph, CITATION.source());
    return new Quote(text, citation, 100, 100 + text.length(), 1.0, highlights, sentences);
  }

  static Answer answer(String question, Quote... quotes) {
    return new Answer(new io.articlebot.core.answer.Question(question), true, 0.87, List.of(quotes));
  }

  static ChatService chat(QuestionAnswerer answerer, FakeFeedback feedback) {
    return chat(answerer, feedback, Duration.ZERO);
  }

  static ChatService chat(QuestionAnswerer answerer, FakeFeedback feedback, Duration cooldown) {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    return new ChatService(answerer, List.of(ARTICLE), new ChatLimits(500, cooldown, 100), feedback, clock);
  }

  static User user(String id, boolean bot) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    when(user.getEffectiveName()).thenReturn("user" + id);
    when(user.isBot()).thenReturn(bot);
    return user;
  }

  /** A rest action mock whose fluent setters return itself. */
  @SuppressWarnings("unchecked")
  static <A extends RestAction<?>> A action(Class<A> type) {
    return mock(type, RETURNS_SELF);
  }

  /** Makes {@code action.queue(success, failure)} call {@code success} with {@code value} at once. */
  @SuppressWarnings("unchecked")
  static <T> void succeeds(RestAction<T> action, T value) {
    doAnswer(inv -> {
      Consumer<T> success = inv.getArgument(0);
      if (success != null) {
        success.accept(value);
      }
      return null;
    }).when(action).queue(any(), any());
  }

  /** Makes {@code action.queue(success, failure)} call {@code failure} with {@code error} at once. */
  static void fails(RestAction<?> action, Throwable error) {
    doAnswer(inv -> {
      Consumer<Throwable> failure = inv.getArgument(1);
      failure.accept(error);
      return null;
    }).when(action).queue(any(), any());
  }

  /** How many lines were logged at any level. */
  static long logLines(Logger log) {
    return mockingDetails(log).getInvocations().stream()
        .filter(i -> List.of("error", "warn", "info").contains(i.getMethod().getName()))
        .count();
  }

  /** Feedback kept in memory. */
  static final class FakeFeedback implements FeedbackSink {
    final List<Feedback> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(Feedback feedback) {
      records.add(feedback);
    }

    @Override
    public String hashUser(ChatUser user) {
      return "hash-" + user.id();
    }
  }
}
