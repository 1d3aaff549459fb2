package io.articlebot.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.StartupException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the bot opens a WebSocket to Slack with the app token ({@code xapp-...}), so no
 * public URL is needed. Same Bolt app and handlers as HTTP mode; Bolt acks each envelope over the
 * socket, and the SDK reconnects on its own when the connection drops.
 */
public final class SocketModeFrontEnd implements FrontEnd {
  private static final Logger log = LoggerFactory.getLogger(SocketModeFrontEnd.class);

  private final SlackBoltApp bolt;
  private SocketModeApp socketMode;

  public SocketModeFrontEnd(SlackBoltApp bolt) {
    this.bolt = bolt;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public void start() throws StartupException {
    try {
      socketMode = new SocketModeApp(bolt.settings().appToken(), bolt.app());
      bolt.start();
      socketMode.startAsync();
    } catch (Exception e) {
      close();
      // Bolt logs why it could not open the socket and then fails on the missing client.
      String why = e instanceof NullPointerException ? "no connection could be opened; the log line above says why"
          : SlackErrorHandler.describe(e);
      throw new StartupException("Could not connect to Slack in Socket Mode (" + why
          + "). Check that Socket Mode is enabled in the app's settings, that " + SlackSettings.APP_TOKEN
          + " is an app-level token with the connections:write scope, and that this machine can reach Slack"
          + " (or use " + SlackSettings.MODE + "=http).", e);
    }
    log.info("Slack Socket Mode: connected");
  }

  @Override
  public boolean ready() {
    return socketMode != null && socketMode.getClient() != null && socketMode.getClient().verifyConnection();
  }

  /** Closes the socket (no new envelopes), drains what was acked, then closes the rest. */
  @Override
  public void stop(Duration grace) {
    if (socketMode != null) {
      try {
        socketMode.stop();
      } catch (Exception e) {
        log.debug("Slack Socket Mode stop: {}", SlackErrorHandler.describe(e));
      }
    }
    bolt.drain(grace);
    close();
  }

  @Override
  public void close() {
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        log.debug("Slack Socket Mode close: {}", SlackErrorHandler.describe(e));
      }
    }
    bolt.close();
  }
}
