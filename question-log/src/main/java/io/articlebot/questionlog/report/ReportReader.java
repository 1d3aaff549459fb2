package io.articlebot.questionlog.report;

import io.articlebot.core.chat.StartupException;
import io.articlebot.questionlog.SqliteQuestionLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Reads a question log into a {@link Report}. */
public final class ReportReader {
  public static final int LIST_LENGTH = 10;

  private ReportReader() {}

  /**
   * @param since only questions asked at or after this time (null for all)
   * @param quoteText the text of a quote id ({@code article:start-end}) when its article is at hand
   */
  public static Report read(Path dataDir, Instant since, Function<String, String> quoteText) throws StartupException {
    Path file = dataDir.resolve(SqliteQuestionLog.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new StartupException("No question log at " + file + " yet. It fills as readers ask questions (questions.log=on);"
          + " check data.dir if the bot writes elsewhere.");
    }
    // Opening it the way the bot does checks it and brings an older schema up to date; nothing is deleted.
    SqliteQuestionLog.open(dataDir, Duration.ZERO, Duration.ofSeconds(5), Clock.systemUTC()).close();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      return read(db, since == null ? 0 : since.toEpochMilli(), quoteText);
    } catch (SQLException e) {
      throw new StartupException("Cannot read the question log " + file + ": " + e.getMessage(), e);
    }
  }

  private static Report read(Connection db, long since, Function<String, String> quoteText) throws SQLException {
    Instant from = null;
    Instant to = null;
    int questions = 0;
    int answered = 0;
    Map<LocalDate, int[]> days = new TreeMap<>(); // questions, answered, up, down
    Map<String, int[]> unanswered = new LinkedHashMap<>();
    Map<String, int[]> asked = new LinkedHashMap<>(); // count, answered
    Map<String, int[]> articles = new TreeMap<>(); // questions, answered from it, unanswered
    try (PreparedStatement q = db.prepareStatement(
        "SELECT asked_at, question, answered, quote_ids, article_ids FROM questions WHERE asked_at >= ? ORDER BY asked_at")) {
      q.setLong(1, since);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Instant at = Instant.ofEpochMilli(r.getLong(1));
          from = from == null ? at : from;
          to = at;
          String question = r.getString(2).strip();
          boolean ok = r.getInt(3) == 1;
          questions++;
          answered += ok ? 1 : 0;
          int[] day = days.computeIfAbsent(LocalDate.ofInstant(at, ZoneOffset.UTC), d -> new int[4]);
          day[0]++;
          day[1] += ok ? 1 : 0;
          int[] a = asked.computeIfAbsent(question, k -> new int[2]);
          a[0]++;
          a[1] += ok ? 1 : 0;
          if (!ok) {
            unanswered.computeIfAbsent(question, k -> new int[1])[0]++;
          }
          String firstQuote = r.getString(4).isBlank() ? "" : r.getString(4).strip().split(" ")[0];
          String answeredFrom = ok && firstQuote.contains(":") ? firstQuote.substring(0, firstQuote.lastIndexOf(':')) : "";
          for (String article : r.getString(5).split(" ")) {
            if (!article.isBlank()) {
              int[] f = articles.computeIfAbsent(article, k -> new int[3]);
              f[0]++;
              f[1] += article.equals(answeredFrom) ? 1 : 0;
              f[2] += ok ? 0 : 1;
            }
          }
        }
      }
    }
    int up = 0;
    int down = 0;
    try (PreparedStatement v = db.prepareStatement("SELECT voted_at, helpful FROM votes v JOIN questions q ON q.id = v.question_id"
        + " WHERE q.asked_at >= ?")) {
      v.setLong(1, since);
      try (ResultSet r = v.executeQuery()) {
        while (r.next()) {
          boolean helpful = r.getInt(2) == 1;
          up += helpful ? 1 : 0;
          down += helpful ? 0 : 1;
          int[] day = days.computeIfAbsent(LocalDate.ofInstant(Instant.ofEpochMilli(r.getLong(1)), ZoneOffset.UTC), d -> new int[4]);
          day[helpful ? 2 : 3]++;
        }
      }
    }
    List<Report.Day> dayList = new ArrayList<>();
    days.forEach((d, c) -> dayList.add(new Report.Day(d, c[0], c[1], c[2], c[3])));
    List<Report.ArticleFigures> articleList = new ArrayList<>();
    articles.forEach((id, f) -> articleList.add(new Report.ArticleFigures(id, f[0], f[1], f[2])));
    return new Report(from, to, questions, answered, up, down, dayList,
        Wordings.group(counted(unanswered, null), LIST_LENGTH), Wordings.group(counted(asked, asked), LIST_LENGTH),
        votedDown(db, since, quoteText), articleList);
  }

  private static List<Wordings.Counted> counted(Map<String, int[]> counts, Map<String, int[]> withAnswered) {
    List<Wordings.Counted> out = new ArrayList<>();
    counts.forEach((text, c) -> out.add(new Wordings.Counted(text, c[0], withAnswered == null ? 0 : c[1])));
    out.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return out;
  }

  private static List<Report.VotedDown> votedDown(Connection db, long since, Function<String, String> quoteText) throws SQLException {
    List<Report.VotedDown> out = new ArrayList<>();
    try (PreparedStatement v = db.prepareStatement("SELECT q.question, sum(1 - v.helpful) AS downs, sum(v.helpful) AS ups, q.quote_ids"
        + " FROM votes v JOIN questions q ON q.id = v.question_id WHERE q.asked_at >= ? GROUP BY q.question, q.quote_ids"
        + " HAVING downs > ups ORDER BY downs DESC, max(q.asked_at) DESC LIMIT " + LIST_LENGTH)) {
      v.setLong(1, since);
      try (ResultSet r = v.executeQuery()) {
        while (r.next()) {
          List<String> quotes = r.getString(4).isBlank() ? List.of()
              : Arrays.stream(r.getString(4).strip().split(" ")).map(id -> {
                String text = quoteText.apply(id);
                return text == null ? id : text;
              }).toList();
          out.add(new Report.VotedDown(r.getString(1), r.getInt(2), r.getInt(3), quotes));
        }
      }
    }
    return out;
  }
}
