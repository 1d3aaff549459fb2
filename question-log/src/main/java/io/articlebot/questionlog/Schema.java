package io.articlebot.questionlog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The question log's tables, as a list of migrations: version {@code n} is what the first {@code n}
 * steps make. The version lives in SQLite's {@code user_version}; opening a log brings it up to
 * {@link #LATEST} in one transaction, so a log from any earlier release keeps its rows.
 */
final class Schema {
  private static final List<List<String>> STEPS = List.of(
      // 1: questions, as first released
      List.of(
          "CREATE TABLE questions (id INTEGER PRIMARY KEY, asked_at INTEGER NOT NULL, front_end TEXT NOT NULL,"
              + " user_hash TEXT NOT NULL, question TEXT NOT NULL, answered INTEGER NOT NULL, confidence REAL NOT NULL,"
              + " quote_ids TEXT NOT NULL)",
          "CREATE INDEX questions_by_time ON questions(asked_at)"),
      // 2: follow-ups as read, the articles answered from, and votes (one per user per answer)
      List.of(
          "ALTER TABLE questions ADD COLUMN asked TEXT",
          "UPDATE questions SET asked = question",
          "ALTER TABLE questions ADD COLUMN article_ids TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE questions ADD COLUMN answer_key TEXT",
          "CREATE UNIQUE INDEX questions_by_answer_key ON questions(answer_key)",
          "CREATE TABLE votes (question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
              + " user_hash TEXT NOT NULL, helpful INTEGER NOT NULL, voted_at INTEGER NOT NULL,"
              + " PRIMARY KEY (question_id, user_hash))"));

  static final int LATEST = STEPS.size();

  private Schema() {}

  static int version(Connection db) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** Applies the steps after the current version up to {@code target}, inside the caller's transaction. */
  static void migrate(Connection db, int target) throws SQLException {
    int at = version(db);
    try (Statement s = db.createStatement()) {
      for (int step = at; step < target; step++) {
        for (String sql : STEPS.get(step)) {
          s.execute(sql);
        }
      }
      if (target != at) {
        s.execute("PRAGMA user_version = " + target);
      }
    }
  }
}
