package io.articlebot.discord;

import io.articlebot.core.chat.Reply;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the adapter decides what a failure means: one log line per failure and, for
 * failures of the chat layer, a short polite reply. Nothing here rethrows, so one bad request can
 * never stop the bot. Log lines name the failed step and Discord's error code, never a token.
 */
public final class DiscordErrorHandler {
  static final String APOLOGY = "Sorry, something went wrong on my side while answering that. Please try again in a moment.";
  static final String BUSY = "Sorry, I'm handling too many questions right now. Please try again in a minute.";

  private final Logger log;

  public DiscordErrorHandler() {
    this(LoggerFactory.getLogger(DiscordErrorHandler.class));
  }

  DiscordErrorHandler(Logger log) {
    this.log = log;
  }

  /** The chat layer (or our rendering) threw while handling {@code what}; returns the apology to send. */
  public Reply chatFailed(String what, Throwable failure) {
    log.error("Discord: failed to handle {}: {}", what, failure.toString(), failure);
    return Reply.error(APOLOGY);
  }

  /** Our worker pool is full; returns the reply to send instead of an answer. */
  public Reply overloaded(String what) {
    log.warn("Discord: too busy, turned away {}", what);
    return Reply.error(BUSY);
  }

  /** Failure callback for a Discord request made while handling {@code what}. */
  public Consumer<Throwable> restFailed(String what) {
    return failure -> log.warn("Discord: request failed while handling {}: {}", what, describe(failure));
  }

  /**
   * A short description without a stack trace: REST errors are expected in normal operation
   * (a missing permission in one channel, an interaction that expired) and say enough by their code.
   */
  static String describe(Throwable failure) {
    if (failure instanceof ErrorResponseException e) {
      return e.getErrorResponse() + " (" + e.getErrorCode() + "): " + e.getMeaning();
    }
    if (failure instanceof InsufficientPermissionException e) {
      return "missing permission " + e.getPermission().getName();
    }
    return failure.toString();
  }
}
