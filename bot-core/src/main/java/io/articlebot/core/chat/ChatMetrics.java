package io.articlebot.core.chat;

import java.time.Duration;

/**
 * What the chat layer reports about each question, for the launcher to count (Micrometer there;
 * the core has no metrics library, so {@code ask} starts as fast as before). Implementations are
 * thread-safe and never throw.
 */
public interface ChatMetrics {
  /** How a question ended. */
  enum Outcome {
    /** Quotes were shown. */
    ANSWERED,
    /** The article doesn't say. */
    ABSTAINED,
    /** Not looked up: empty, too long, no words, query syntax, cooldown. */
    REFUSED
  }

  /**
   * @param platform the asker's platform, e.g. {@code slack}
   * @param took time spent answering, including the look-up
   */
  void question(String platform, Outcome outcome, Duration took);

  /** Counts nothing. */
  ChatMetrics NONE = (platform, outcome, took) -> { };
}
