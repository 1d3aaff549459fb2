package io.articlebot.slack;

import io.articlebot.core.chat.Reply;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the slow part of a request (answering, posting) off the request thread, so Slack gets its
 * ack at once, and routes every failure through the {@link SlackErrorHandler}.
 */
public final class Workers {
  private static final Logger log = LoggerFactory.getLogger(Workers.class);

  private final Executor executor;
  private final SlackErrorHandler errors;

  public Workers(Executor executor, SlackErrorHandler errors) {
    this.executor = executor;
    this.errors = errors;
  }

  /**
   * @param what for the log line if it fails; no secrets
   * @param apology where a polite "something went wrong" goes if {@code task} fails
   */
  public void submit(String what, Runnable task, Consumer<Reply> apology) {
    try {
      executor.execute(() -> errors.run(what, task, apology));
    } catch (RejectedExecutionException e) {
      // Shutting down, or more queued work than we will ever catch up with: the request was acked.
      log.warn("Slack {} dropped: the bot is overloaded or shutting down", what);
    }
  }
}
