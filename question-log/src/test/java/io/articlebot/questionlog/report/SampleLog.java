package io.articlebot.questionlog.report;

import io.articlebot.core.chat.StartupException;
import io.articlebot.core.questionlog.LoggedQuestion;
import io.articlebot.questionlog.SqliteQuestionLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A log of a few hundred questions over two weeks, made with a fixed seed: answered questions
 * and three groups of unanswered ones, each asked in several wordings, with some votes.
 */
final class SampleLog {
  static final Instant START = Instant.parse("2026-02-01T08:00:00Z");
  static final int DAYS = 14;
  static final List<String> ANSWERED = List.of("Who founded DeepSeek?", "Is DeepSeek planning an IPO?",
      "How much did DeepSeek spend on training?", "What did Zuckerberg say?");
  /** The unanswered questions, most frequent group first, with the weight of each group. */
  static final List<List<String>> UNANSWERED = List.of(
      List.of("How many employees does DeepSeek have?", "how many employees does deepseek have", "DeepSeek employees?"),
      List.of("Where is DeepSeek's office?", "where is the deepseek office"),
      List.of("Is DeepSeek profitable?"));
  static final int[] WEIGHTS = {60, 35, 15};

  private SampleLog() {}

  /** Writes the log into {@code dir}; returns how many questions it holds. */
  static int write(Path dir) throws StartupException {
    Random random = new Random(20260201);
    int n = 0;
    try (SqliteQuestionLog log = SqliteQuestionLog.open(dir, Duration.ZERO, Duration.ofSeconds(5), Clock.fixed(START, ZoneOffset.UTC))) {
      for (int day = 0; day < DAYS; day++) {
        int today = 12 + random.nextInt(20) + day;
        for (int i = 0; i < today; i++) {
          Instant at = START.plus(Duration.ofDays(day)).plusSeconds(random.nextInt(36_000));
          String user = "user-" + random.nextInt(40);
          String key = "key-" + n;
          boolean answered = random.nextInt(100) < 55;
          String question;
          if (answered) {
            question = ANSWERED.get(random.nextInt(ANSWERED.size()));
          } else {
            int pick = random.nextInt(WEIGHTS[0] + WEIGHTS[1] + WEIGHTS[2]);
            List<String> group = UNANSWERED.get(pick < WEIGHTS[0] ? 0 : pick < WEIGHTS[0] + WEIGHTS[1] ? 1 : 2);
            question = group.get(random.nextInt(group.size()));
          }
          log.question(new LoggedQuestion(at, random.nextBoolean() ? "slack" : "discord", user, question, question, answered,
              answered ? 0.8 : 0.2, answered ? List.of("deepseek-asianfin:100-200") : List.of(), List.of("deepseek-asianfin"), key));
          if (answered && question.startsWith("What did Zuckerberg") && random.nextInt(3) > 0) {
            log.vote(key, user, false, at.plusSeconds(30));
          } else if (answered && random.nextInt(4) == 0) {
            log.vote(key, user, true, at.plusSeconds(30));
          }
          n++;
        }
      }
    }
    return n;
  }
}
