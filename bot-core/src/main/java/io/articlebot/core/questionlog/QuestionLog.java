package io.articlebot.core.questionlog;

import java.time.Instant;

/**
 * Where the chat layer records what readers asked and how they voted, for the article's owner.
 * Implementations are thread-safe and never throw at run time: a failed write is theirs to
 * report (a log line), and the reader still gets the answer.
 */
public interface QuestionLog {
  void question(LoggedQuestion question);

  /**
   * A 👍 or 👎 on the answer whose buttons carry {@code answerKey}. The chat layer decides which
   * votes count (one per user per answer, the latest); the log keeps the one it is given last.
   */
  void vote(String answerKey, String userHash, boolean helpful, Instant time);

  /** Keeps nothing: logging switched off, or a command such as {@code ask} that has no readers. */
  QuestionLog OFF = new QuestionLog() {
    @Override
    public void question(LoggedQuestion question) {
      // nothing kept
    }

    @Override
    public void vote(String answerKey, String userHash, boolean helpful, Instant time) {
      // nothing kept
    }
  };
}
