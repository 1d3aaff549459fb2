package io.articlebot.slack;

import io.articlebot.core.chat.Reply;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's one error handler: any failure while answering becomes one SLF4J line (with
 * tokens and secrets masked) and, where there is somewhere to say it, a polite reply to the user.
 * Never throws, so a worker thread and the bot survive whatever went wrong.
 */
public final class SlackErrorHandler {
  private static final Logger log = LoggerFactory.getLogger(SlackErrorHandler.class);

  static final String APOLOGY = "Sorry, something went wrong on my side while answering that. Please try again in a moment.";
  static final String BUSY = "Sorry, I'm handling too many questions right now. Please try again in a minute.";

  /** Slack tokens (xoxb-, xoxp-, xapp-, ...) and anything after "secret"/"token" in a message. */
  private static final Pattern SECRETS = Pattern.compile(
      "\\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+|(?i)(?<=(?:secret|token|authorization)[\"'=: ]{1,3})[^\\s\"',&]+");

  /**
   * Runs {@code task}; on failure logs once and hands an apology to {@code reply} (which may itself
   * fail, e.g. when Slack is down: that is logged too, and nothing more is tried).
   *
   * @param what what the task was doing, e.g. {@code "/ask from user 3f2a..."}; no secrets, no raw user ids
   * @return false when even the apology could not be handed on, so nothing will reach the user
   */
  public boolean run(String what, Runnable task, Consumer<Reply> reply) {
    try {
      task.run();
      return true;
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError vm) {
        throw vm;
      }
      log.warn("Slack {} failed: {}", what, describe(e));
      try {
        reply.accept(Reply.error(APOLOGY));
        return true;
      } catch (RuntimeException again) {
        log.warn("Slack {}: could not send the apology either: {}", what, describe(again));
        return false;
      }
    }
  }

  /** Class and message of an exception, with anything that looks like a token or secret masked. */
  public static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + redact(e.getMessage());
    return e.getClass().getSimpleName() + message;
  }

  static String redact(String text) {
    return SECRETS.matcher(text).replaceAll("****");
  }
}
