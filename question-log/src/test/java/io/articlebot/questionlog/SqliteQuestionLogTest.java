package io.articlebot.questionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.chat.StartupException;
import io.articlebot.core.questionlog.LoggedQuestion;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteQuestionLogTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir
  Path dir;

  private SqliteQuestionLog open(Duration retention, Clock clock) throws StartupException {
    return SqliteQuestionLog.open(dir, retention, Duration.ofMillis(300), clock);
  }

  private static LoggedQuestion question(Instant at, String text, boolean answered, String key) {
    return new LoggedQuestion(at, "slack", "user-1", text, text, answered, answered ? 0.8 : 0.2,
        answered ? List.of("deepseek:10-20") : List.of(), List.of("deepseek"), key);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteQuestionLog.FILE_NAME));
        Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  @Test
  void questionsAndVotesSurviveARestartAndTheLatestVoteOfEachUserCounts() throws Exception {
    try (SqliteQuestionLog log = open(Duration.ofDays(90), CLOCK)) {
      log.question(question(NOW, "Who founded DeepSeek?", true, "k1"));
      log.question(question(NOW, "How many employees?", false, "k2"));
      log.vote("k1", "user-1", true, NOW);
      log.vote("k1", "user-1", false, NOW.plusSeconds(5));
      log.vote("k1", "user-2", true, NOW);
    }
    try (SqliteQuestionLog log = open(Duration.ofDays(90), CLOCK)) {
      log.question(question(NOW, "Third", true, "k3"));
    }
    assertThat(count("SELECT count(*) FROM questions")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM votes")).isEqualTo(2);
    assertThat(count("SELECT helpful FROM votes WHERE user_hash = 'user-1'")).isZero();
    assertThat(count("PRAGMA user_version")).isEqualTo(Schema.LATEST);
  }

  @Test
  void aLogWithTheFirstSchemaIsMigratedWithItsRowsKept() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteQuestionLog.FILE_NAME))) {
      Schema.migrate(c, 1);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO questions (asked_at, front_end, user_hash, question, answered, confidence, quote_ids)"
            + " VALUES (" + NOW.toEpochMilli() + ", 'discord', 'h1', 'Who founded DeepSeek?', 1, 0.9, 'deepseek:1-5')");
        s.execute("INSERT INTO questions (asked_at, front_end, user_hash, question, answered, confidence, quote_ids)"
            + " VALUES (" + NOW.toEpochMilli() + ", 'slack', 'h2', 'Is it profitable?', 0, 0.1, '')");
      }
    }
    assertThat(count("PRAGMA user_version")).isEqualTo(1);

    try (SqliteQuestionLog log = open(Duration.ofDays(90), CLOCK)) {
      log.question(question(NOW, "After the upgrade", true, "k9"));
      log.vote("k9", "h1", true, NOW);
    }
    assertThat(count("PRAGMA user_version")).isEqualTo(Schema.LATEST);
    assertThat(count("SELECT count(*) FROM questions")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM questions WHERE asked = question")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM votes")).isEqualTo(1);
  }

  @Test
  void aLogFromANewerReleaseIsAStartUpErrorAndIsLeftAlone() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteQuestionLog.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = " + (Schema.LATEST + 1));
    }
    assertThatThrownBy(() -> open(Duration.ofDays(90), CLOCK)).isInstanceOf(StartupException.class)
        .hasMessageContaining("newer article-bot").hasMessageContaining("Upgrade");
    assertThat(count("PRAGMA user_version")).isEqualTo(Schema.LATEST + 1);
  }

  @Test
  void aFileThatIsNotADatabaseIsAClearStartUpError() throws Exception {
    byte[] junk = "this is not a database, it is a shopping list: eggs, milk".repeat(200).getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(SqliteQuestionLog.FILE_NAME), junk);
    assertThatThrownBy(() -> open(Duration.ofDays(90), CLOCK)).isInstanceOf(StartupException.class)
        .hasMessageContaining("is damaged").hasMessageContaining("move the file away");
    assertThat(Files.readAllBytes(dir.resolve(SqliteQuestionLog.FILE_NAME))).isEqualTo(junk);
  }

  @Test
  void aDatabaseWithDamagedPagesIsAClearStartUpError() throws Exception {
    try (SqliteQuestionLog log = open(Duration.ofDays(90), CLOCK)) {
      for (int i = 0; i < 400; i++) {
        log.question(question(NOW, "question number " + i + " ".repeat(200), i % 3 == 0, "k" + i));
      }
    }
    Path file = dir.resolve(SqliteQuestionLog.FILE_NAME);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).isGreaterThan(3 * 4096);
    for (int i = 4096 + 100; i < 3 * 4096; i++) {
      bytes[i] = (byte) 0xA5;
    }
    Files.write(file, bytes);
    assertThatThrownBy(() -> open(Duration.ofDays(90), CLOCK)).isInstanceOf(StartupException.class)
        .hasMessageContaining("is damaged");
  }

  @Test
  void aLogLockedByAnotherProgramIsAClearStartUpError() throws Exception {
    open(Duration.ofDays(90), CLOCK).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteQuestionLog.FILE_NAME));
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      s.execute("INSERT INTO questions (asked_at, front_end, user_hash, question, answered, confidence, quote_ids)"
          + " VALUES (1, 'x', 'x', 'x', 0, 0, '')");
      long started = System.nanoTime();
      assertThatThrownBy(() -> open(Duration.ofDays(90), CLOCK)).isInstanceOf(StartupException.class)
          .hasMessageContaining("is locked by another program");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
      s.execute("ROLLBACK");
    }
  }

  @Test
  void rowsOlderThanTheRetentionPeriodAreDeletedWithTheirVotes() throws Exception {
    Instant old = NOW.minus(Duration.ofDays(100));
    try (SqliteQuestionLog log = open(Duration.ofDays(90), Clock.fixed(old, ZoneOffset.UTC))) {
      log.question(question(old, "old question", true, "old"));
      log.vote("old", "user-1", true, old);
    }
    try (SqliteQuestionLog log = open(Duration.ofDays(90), CLOCK)) {
      log.question(question(NOW, "new question", true, "new"));
    }
    assertThat(count("SELECT count(*) FROM questions")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM votes")).isZero();
    try (SqliteQuestionLog log = open(Duration.ZERO, Clock.fixed(NOW.plus(Duration.ofDays(1000)), ZoneOffset.UTC))) {
      assertThat(log.purge()).as("zero keeps everything").isZero();
    }
    assertThat(count("SELECT count(*) FROM questions")).isEqualTo(1);
  }

  @Test
  void killingTheProcessMidWriteLosesAtMostTheQuestionBeingWritten() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LogWriterMain.class.getName(),
        dir.toString(), "100000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long confirmed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      String line;
      while (confirmed < 300 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
        confirmed = Long.parseLong(line.strip());
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      child.waitFor(20, TimeUnit.SECONDS);
    }
    assertThat(confirmed).as("questions the child confirmed").isGreaterThanOrEqualTo(300);
    try (SqliteQuestionLog log = open(Duration.ZERO, CLOCK)) {
      assertThat(count("PRAGMA integrity_check")).isNotEqualTo(-1);
    }
    long kept = count("SELECT count(*) FROM questions");
    long highest = count("SELECT max(CAST(substr(asked, 10) AS INTEGER)) FROM questions");
    assertThat(kept).as("every confirmed question is kept").isGreaterThanOrEqualTo(confirmed);
    assertThat(highest).isEqualTo(kept);
  }
}
