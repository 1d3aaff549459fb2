package io.articlebot.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message to Slack, retrying what is worth retrying: HTTP 429 waits for
 * {@code Retry-After} and tries again; 5xx and network errors back off exponentially a bounded
 * number of times. Everything else (bad channel, missing scope) is final and logged once with a
 * hint, and the bot keeps running. Blocks the calling (worker) thread while it waits.
 */
public final class RetryingPoster {
  private static final Logger log = LoggerFactory.getLogger(RetryingPoster.class);

  /** Total attempts, whatever went wrong. */
  public static final int MAX_ATTEMPTS = 5;
  /** Of those, how many may be spent on 5xx / network errors. */
  public static final int MAX_SERVER_RETRIES = 3;
  /** Never wait longer than this for one Retry-After, so a worker is not parked for an hour. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  /** How the poster waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** One HTTP attempt: sends and says how it went. */
  @FunctionalInterface
  public interface Attempt {
    Outcome send() throws IOException;
  }

  /**
   * What one attempt got back.
   *
   * @param status the HTTP status
   * @param retryAfter the {@code Retry-After} header, if any
   * @param slackError the Web API's {@code error} when {@code ok} was false, else empty
   */
  public record Outcome(int status, Optional<String> retryAfter, Optional<String> slackError) {
    public static Outcome ok() {
      return new Outcome(200, Optional.empty(), Optional.empty());
    }

    public static Outcome http(int status, String retryAfter) {
      return new Outcome(status, Optional.ofNullable(retryAfter), Optional.empty());
    }

    public static Outcome slackError(String error) {
      return new Outcome(200, Optional.empty(), Optional.ofNullable(error).filter(e -> !e.isBlank()).or(() -> Optional.of("unknown_error")));
    }

    boolean delivered() {
      return status >= 200 && status < 300 && slackError.isEmpty();
    }

    boolean rateLimited() {
      return status == 429 || slackError.filter("ratelimited"::equals).isPresent();
    }
  }

  private final Sleeper sleeper;

  public RetryingPoster() {
    this(duration -> Thread.sleep(duration.toMillis()));
  }

  public RetryingPoster(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  /**
   * Sends until delivered or the error is final.
   *
   * @param what e.g. {@code chat.postMessage to C123}, for the log; must not contain secrets
   * @return true when Slack accepted the message
   */
  public boolean send(String what, Attempt attempt) {
    int serverRetries = 0;
    for (int n = 1; ; n++) {
      Outcome outcome;
      try {
        outcome = attempt.send();
      } catch (IOException e) {
        if (n >= MAX_ATTEMPTS || serverRetries >= MAX_SERVER_RETRIES) {
          log.warn("Slack {} failed after {} attempts: {}", what, n, SlackErrorHandler.describe(e));
          return false;
        }
        serverRetries++;
        if (!pause(backoff(serverRetries))) {
          return false;
        }
        continue;
      }
      if (outcome.delivered()) {
        return true;
      }
      if (n >= MAX_ATTEMPTS) {
        log.warn("Slack {} gave up after {} attempts: {}", what, n, describe(outcome));
        return false;
      }
      if (outcome.rateLimited()) {
        log.info("Slack {} was rate limited; retrying in {} s", what, retryAfter(outcome).toSeconds());
        if (!pause(retryAfter(outcome))) {
          return false;
        }
      } else if (outcome.status() >= 500 && serverRetries < MAX_SERVER_RETRIES) {
        serverRetries++;
        if (!pause(backoff(serverRetries))) {
          return false;
        }
      } else {
        log.warn("Slack {} failed: {}{}", what, describe(outcome), hint(outcome));
        return false;
      }
    }
  }

  private boolean pause(Duration duration) {
    try {
      sleeper.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Duration backoff(int retry) {
    return FIRST_BACKOFF.multipliedBy(1L << Math.min(retry - 1, 6));
  }

  static Duration retryAfter(Outcome outcome) {
    try {
      long seconds = Long.parseLong(outcome.retryAfter().orElse("1").strip());
      Duration wait = Duration.ofSeconds(Math.max(seconds, 1));
      return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  private static String describe(Outcome outcome) {
    return outcome.slackError().map(e -> "error " + e).orElse("HTTP " + outcome.status());
  }

  private static String hint(Outcome outcome) {
    String error = outcome.slackError().orElse("").toLowerCase(Locale.ROOT);
    return switch (error) {
      case "not_in_channel" -> " (invite the bot to the channel: /invite @your-bot)";
      case "channel_not_found" -> " (the bot cannot see this channel: invite it, and check the chat:write and im:history scopes)";
      case "missing_scope" -> " (add the missing scope under OAuth & Permissions and reinstall the app)";
      case "invalid_auth", "not_authed", "token_revoked", "account_inactive" -> " (check SLACK_BOT_TOKEN; reinstall the app if it was revoked)";
      case "expired_url", "used_url" -> " (the response URL expired; Slack allows 5 uses within 30 minutes)";
      default -> outcome.status() == 404 ? " (check SLACK_API_URL)" : "";
    };
  }
}
