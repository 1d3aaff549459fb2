package io.articlebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own user id, learned with {@code auth.test} in the background after start-up rather
 * than before it: start-up must not depend on reaching slack.com (proxies, tests, outages), and
 * the bot's own messages already carry a {@code bot_id}, so the id is only a second check.
 */
public final class BotIdentity {
  private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

  private final AtomicReference<String> userId = new AtomicReference<>();

  public Optional<String> userId() {
    return Optional.ofNullable(userId.get());
  }

  /** Asks {@code auth.test} once; on failure the id stays unknown and the bot works on. */
  public void learn(MethodsClient methods) {
    try {
      AuthTestResponse response = methods.authTest(r -> r);
      if (response.isOk() && response.getUserId() != null) {
        userId.set(response.getUserId());
        log.info("Slack: connected as bot user {} in team {}", response.getUserId(), response.getTeam());
      } else {
        log.warn("Slack auth.test said {}; check SLACK_BOT_TOKEN. Answering anyway.", response.getError());
      }
    } catch (Exception e) {
      log.info("Slack auth.test unavailable ({}); the bot's own messages are still recognised by bot_id.",
          SlackErrorHandler.describe(e));
    }
  }
}
