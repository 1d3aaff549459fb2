package io.articlebot.slack;

import io.articlebot.core.chat.InFlight;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Delivers replies to Slack without ever sleeping on a thread: each post is an attempt on a
 * scheduler, and a retry is a later attempt scheduled for when it may go.
 *
 * <p>Only what surely did not reach Slack is retried: a refused connection, an unknown host, HTTP
 * 429 (after its {@code Retry-After}) and 503. A timeout or any other error after the request was
 * sent may mean Slack posted it, so it is given up rather than risk posting the answer twice.
 * {@code Retry-After} holds back every post with the same key (a Web API method and channel, or
 * one response URL) until it has passed, while posts elsewhere go on. Every post finishes its
 * {@link InFlight.Request}: answered, or given up with the reason.
 */
public final class Outbox {
  /** Attempts in all, whatever went wrong. */
  public static final int MAX_ATTEMPTS = 5;
  /** Of those, how many may follow a 503 or a connection that could not be made. */
  public static final int MAX_UNAVAILABLE_RETRIES = 3;
  /** No single Retry-After is waited for longer than this. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  /** One HTTP attempt: sends and says how it went; throws when the exchange itself failed. */
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

  private final ScheduledExecutorService scheduler;
  private final MeterRegistry meters;
  private final LongSupplier nanoTime;
  /** Per key: the {@link System#nanoTime()} before which no post may go. */
  private final Map<String, Long> notBefore = new ConcurrentHashMap<>();

  public Outbox(ScheduledExecutorService scheduler, MeterRegistry meters) {
    this(scheduler, meters, System::nanoTime);
  }

  Outbox(ScheduledExecutorService scheduler, MeterRegistry meters, LongSupplier nanoTime) {
    this.scheduler = scheduler;
    this.meters = meters;
    this.nanoTime = nanoTime;
  }

  /**
   * Queues a post that finishes {@code request}; returns at once.
   *
   * @param what e.g. {@code chat.postMessage to C123}, for log lines; no secrets
   * @param key what a Retry-After holds back, e.g. {@code chat.postMessage:C123}
   */
  public void post(InFlight.Request request, String what, String key, Attempt attempt) {
    schedule(new Delivery(request, what, key, attempt), 0);
  }

  private final class Delivery implements Runnable {
    final InFlight.Request request;
    final String what;
    final String key;
    final Attempt attempt;
    int attempts;
    int unavailableRetries;

    Delivery(InFlight.Request request, String what, String key, Attempt attempt) {
      this.request = request;
      this.what = what;
      this.key = key;
      this.attempt = attempt;
    }

    @Override
    public void run() {
      if (request.isDone()) {
        return; // given up meanwhile (shutting down)
      }
      Long gate = notBefore.get(key);
      long wait = gate == null ? 0 : gate - nanoTime.getAsLong();
      if (wait > 0) {
        schedule(this, wait);
        return;
      }
      attempts++;
      Outcome outcome;
      request.sending(true);
      try {
        outcome = attempt.send();
      } catch (RuntimeException e) {
        request.sending(false);
        request.gaveUp(what + " failed: " + SlackErrorHandler.describe(e));
        return;
      } catch (IOException e) {
        request.sending(false);
        if (surelyNotSent(e)) {
          retryUnavailable("could not connect (" + SlackErrorHandler.describe(e) + ")", "connect");
        } else {
          request.gaveUp(what + " failed after it was sent (" + SlackErrorHandler.describe(e)
              + "); not retried, since Slack may have posted it already");
        }
        return;
      }
      request.sending(false);
      if (outcome.delivered()) {
        request.answered();
      } else if (outcome.rateLimited()) {
        Duration pause = retryAfter(outcome);
        long until = nanoTime.getAsLong() + pause.toNanos();
        notBefore.merge(key, until, Math::max);
        retry(pause.toNanos(), "rate limited (Retry-After " + pause.toSeconds() + " s)", "ratelimited");
      } else if (outcome.status() == 503) {
        retryUnavailable("HTTP 503", "unavailable");
      } else {
        request.gaveUp(what + " failed: " + describe(outcome) + hint(outcome)
            + (outcome.status() >= 500 ? "; not retried, since Slack may have posted it already" : ""));
      }
    }

    private void retryUnavailable(String why, String reason) {
      if (unavailableRetries >= MAX_UNAVAILABLE_RETRIES) {
        request.gaveUp(what + " failed " + attempts + " times, last " + why);
        return;
      }
      unavailableRetries++;
      retry(backoff(unavailableRetries).toNanos(), why, reason);
    }

    private void retry(long delayNanos, String why, String reason) {
      if (attempts >= MAX_ATTEMPTS) {
        request.gaveUp(what + " failed " + attempts + " times, last " + why);
        return;
      }
      meters.counter("articlebot.posts.retries", "frontend", "slack", "reason", reason).increment();
      schedule(this, delayNanos);
    }
  }

  private void schedule(Delivery d, long delayNanos) {
    try {
      scheduler.schedule(d, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      d.request.gaveUp(d.what + " not sent: the bot is shutting down");
    }
  }

  /** A connection that was never made carried nothing; anything later may have reached Slack. */
  static boolean surelyNotSent(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof PortUnreachableException) {
        return true;
      }
    }
    return false;
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
