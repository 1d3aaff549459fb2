package io.articlebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who the bot is: its own user id (so its own messages are never answered), and the workspace
 * (team) and app it serves, so that a correctly signed request from any other is refused. The team
 * and app come from {@code SLACK_TEAM_ID} / {@code SLACK_APP_ID} when set, else from
 * {@code auth.test}, asked in the background after start-up rather than before it: start-up must not
 * depend on reaching slack.com (proxies, tests, outages).
 */
public final class BotIdentity {
  private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

  private final AtomicReference<String> userId = new AtomicReference<>();
  private final AtomicReference<String> teamId = new AtomicReference<>();
  private final AtomicReference<String> appId = new AtomicReference<>();
  private final CountDownLatch learning = new CountDownLatch(1);
  private final boolean configured;

  public BotIdentity() {
    this(Optional.empty(), Optional.empty());
  }

  public BotIdentity(Optional<String> configuredTeam, Optional<String> configuredApp) {
    configuredTeam.ifPresent(teamId::set);
    configuredApp.ifPresent(appId::set);
    this.configured = configuredTeam.isPresent();
  }

  public Optional<String> userId() {
    return Optional.ofNullable(userId.get());
  }

  /** The workspace the bot serves, once known. */
  public Optional<String> teamId() {
    return Optional.ofNullable(teamId.get());
  }

  /** The app the bot is, once known. */
  public Optional<String> appId() {
    return Optional.ofNullable(appId.get());
  }

  /**
   * Waits (at most {@code timeout}) for {@code auth.test} to have answered, unless the team is
   * configured: requests that arrive in the first moment after start-up are checked like the rest.
   */
  void awaitLearned(Duration timeout) {
    if (configured) {
      return;
    }
    try {
      learning.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks {@code auth.test} once; on failure what is not configured stays unknown and the bot works on. */
  public void learn(MethodsClient methods) {
    try {
      AuthTestResponse response = methods.authTest(r -> r);
      if (response.isOk() && response.getUserId() != null) {
        userId.set(response.getUserId());
        learnOrCheck(teamId, response.getTeamId(), "team", "SLACK_TEAM_ID");
        learnOrCheck(appId, response.getAppId(), "app", "SLACK_APP_ID");
        log.info("Slack: connected as bot user {} of app {} in team {} ({})", response.getUserId(), appId.get(),
            teamId.get(), response.getTeam());
      } else {
        log.warn("Slack auth.test said {}; check SLACK_BOT_TOKEN. Answering anyway.", response.getError());
      }
    } catch (Exception e) {
      log.info("Slack auth.test unavailable ({}); the bot's own messages are still recognised by bot_id.",
          SlackErrorHandler.describe(e));
    } finally {
      learning.countDown();
      if (teamId.get() == null) {
        log.warn("Slack: the bot's workspace is unknown, so requests from other workspaces cannot be refused;"
            + " set SLACK_TEAM_ID (and SLACK_APP_ID) to the values from your app's settings.");
      }
    }
  }

  private static void learnOrCheck(AtomicReference<String> known, String reported, String what, String variable) {
    if (reported == null || reported.isBlank()) {
      return;
    }
    if (!known.compareAndSet(null, reported) && !known.get().equals(reported)) {
      log.warn("Slack: {} says the token belongs to {} {}, not {}; requests are checked against {}", "auth.test", what,
          reported, known.get(), variable);
    }
  }
}
