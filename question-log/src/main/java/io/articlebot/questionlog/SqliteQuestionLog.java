package io.articlebot.questionlog;

import io.articlebot.core.chat.StartupException;
import io.articlebot.core.questionlog.LoggedQuestion;
import io.articlebot.core.questionlog.QuestionLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The question log in {@code <data.dir>/questions.db} (SQLite, write-ahead log, every question its
 * own transaction synced to disk before the reader is answered: killing the process loses at most
 * the question being written). Opening it checks the file, migrates the schema and deletes rows
 * past the retention period; a damaged, locked or newer log stops start-up with a message that
 * says what to do. At run time a failed write is logged, never thrown at the reader.
 */
public final class SqliteQuestionLog implements QuestionLog, AutoCloseable {
  public static final String FILE_NAME = "questions.db";
  private static final Logger LOG = LoggerFactory.getLogger(SqliteQuestionLog.class);
  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final Path file;
  private final Connection db;
  private final Duration retention;
  private final Clock clock;
  private Instant lastPurge;

  private SqliteQuestionLog(Path file, Connection db, Duration retention, Clock clock) {
    this.file = file;
    this.db = db;
    this.retention = retention;
    this.clock = clock;
  }

  /**
   * @param retention how long rows are kept; zero keeps them for ever
   * @param busyTimeout how long to wait for another process's lock before giving up
   */
  public static SqliteQuestionLog open(Path dataDir, Duration retention, Duration busyTimeout, Clock clock) throws StartupException {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(file) && dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // Questions are readers' words: owner-only, like the feedback log (SQLite gives its -wal and -shm files the same mode).
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
      }
    } catch (java.io.IOException e) {
      throw new StartupException("Cannot create the data folder " + dataDir + " for the question log (" + e.getMessage()
          + "). Set data.dir to a writable folder, or questions.log=off.", e);
    }
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + Math.max(0, busyTimeout.toMillis()));
        check(s, file);
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      int version = Schema.version(db);
      if (version > Schema.LATEST) {
        throw new StartupException("The question log " + file + " was written by a newer article-bot (schema " + version
            + ", this one knows up to " + Schema.LATEST + "). Upgrade article-bot, or set data.dir to another folder.");
      }
      try (Statement s = db.createStatement()) {
        s.execute("BEGIN IMMEDIATE"); // takes the write lock now, so a locked log fails here, at start-up
        try {
          Schema.migrate(db, Schema.LATEST);
          s.execute("COMMIT");
        } catch (SQLException e) {
          s.execute("ROLLBACK");
          throw e;
        }
      }
      SqliteQuestionLog log = new SqliteQuestionLog(file, db, retention, clock);
      log.purge();
      return log;
    } catch (SQLException e) {
      closeQuietly(db);
      throw startupError(file, e);
    } catch (StartupException e) {
      closeQuietly(db);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  private static void check(Statement s, Path file) throws SQLException, StartupException {
    try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
      String result = r.next() ? r.getString(1) : "no answer";
      if (!"ok".equals(result)) {
        throw damaged(file, result, null);
      }
    }
  }

  private static StartupException startupError(Path file, SQLException e) {
    SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
    if (code != null && (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
        || code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"))) {
      return new StartupException("The question log " + file + " is locked by another program (" + e.getMessage()
          + "). Stop the other article-bot or whatever holds it, or set data.dir to another folder.", e);
    }
    if (code != null && (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT
        || code.name().startsWith("SQLITE_CORRUPT"))) {
      return damaged(file, e.getMessage(), e);
    }
    if (code != null && (code.name().startsWith("SQLITE_READONLY") || code.name().startsWith("SQLITE_CANTOPEN")
        || code.name().startsWith("SQLITE_PERM"))) {
      return new StartupException("Cannot write the question log " + file + " (" + e.getMessage()
          + "). Make the data folder writable, set data.dir, or questions.log=off.", e);
    }
    return new StartupException("Cannot open the question log " + file + " (" + e.getMessage()
        + "). Move it away to start a new one, or set questions.log=off.", e);
  }

  private static StartupException damaged(Path file, String detail, Exception cause) {
    return new StartupException("The question log " + file + " is damaged (" + detail + "). Nothing was changed; move the file"
        + " away (keep it if you want to try sqlite3's .recover on it) so that a new one is started, or set questions.log=off.",
        cause);
  }

  @Override
  public synchronized void question(LoggedQuestion q) {
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO questions (asked_at, front_end, user_hash, asked, question,"
        + " answered, confidence, quote_ids, article_ids, answer_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, q.time().toEpochMilli());
      insert.setString(2, q.frontEnd());
      insert.setString(3, q.userHash());
      insert.setString(4, q.asked());
      insert.setString(5, q.question());
      insert.setInt(6, q.answered() ? 1 : 0);
      insert.setDouble(7, q.confidence());
      insert.setString(8, String.join(" ", q.quoteIds()));
      insert.setString(9, String.join(" ", q.articleIds()));
      insert.setString(10, q.answerKey());
      insert.executeUpdate();
    } catch (SQLException e) {
      LOG.error("question log: could not record a question in {}: {}", file, e.getMessage());
    }
    if (lastPurge.plus(PURGE_EVERY).isBefore(clock.instant())) {
      purge();
    }
  }

  @Override
  public synchronized void vote(String answerKey, String userHash, boolean helpful, Instant time) {
    try (PreparedStatement upsert = db.prepareStatement("INSERT INTO votes (question_id, user_hash, helpful, voted_at)"
        + " SELECT id, ?, ?, ? FROM questions WHERE answer_key = ?"
        + " ON CONFLICT (question_id, user_hash) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at")) {
      upsert.setString(1, userHash);
      upsert.setInt(2, helpful ? 1 : 0);
      upsert.setLong(3, time.toEpochMilli());
      upsert.setString(4, answerKey);
      if (upsert.executeUpdate() == 0) {
        LOG.warn("question log: a vote on an answer that is not in {} (logged before a restart, or deleted by retention)", file);
      }
    } catch (SQLException e) {
      LOG.error("question log: could not record a vote in {}: {}", file, e.getMessage());
    }
  }

  /** Deletes questions (and their votes) older than the retention period. */
  synchronized int purge() {
    lastPurge = clock.instant();
    if (retention.isZero()) {
      return 0;
    }
    try (PreparedStatement delete = db.prepareStatement("DELETE FROM questions WHERE asked_at < ?")) {
      delete.setLong(1, clock.instant().minus(retention).toEpochMilli());
      int n = delete.executeUpdate();
      if (n > 0) {
        LOG.info("question log: deleted {} question(s) older than {} days", n, retention.toDays());
      }
      return n;
    } catch (SQLException e) {
      LOG.error("question log: could not delete old questions from {}: {}", file, e.getMessage());
      return 0;
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(db);
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // closing is best effort; every write was committed already
      }
    }
  }
}
