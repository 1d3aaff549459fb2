package io.articlebot.core.chat;

/** Where feedback goes. Implementations are thread-safe. */
public interface FeedbackSink {
  void record(Feedback feedback);

  /** A salted, one-way id for a user, stable for this sink. */
  String hashUser(ChatUser user);
}
