package io.articlebot.questionlog;

import io.articlebot.core.questionlog.LoggedQuestion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Writes questions into a log as fast as it can, printing the number of each once it is recorded; killed by the test. */
public final class LogWriterMain {
  private LogWriterMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int max = Integer.parseInt(args[1]);
    try (SqliteQuestionLog log = SqliteQuestionLog.open(dir, Duration.ZERO, Duration.ofSeconds(5), Clock.systemUTC())) {
      for (int i = 1; i <= max; i++) {
        log.question(new LoggedQuestion(java.time.Instant.now(), "console", "u", "question " + i, "question " + i, i % 2 == 0,
            0.5, List.of("a:1-2"), List.of("a"), "key" + i));
        System.out.println(i);
        System.out.flush();
      }
    }
  }
}
