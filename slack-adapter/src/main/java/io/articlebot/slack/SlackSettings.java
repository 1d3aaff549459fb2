package io.articlebot.slack;

import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Slack front end's settings, checked once at start-up. Tokens and secrets come only from the
 * environment; the config file holds the non-secret choices. {@link #toString()} never shows a
 * token or secret.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}, {@code xoxb-...}
 * @param appToken {@code SLACK_APP_TOKEN}, {@code xapp-...}; Socket Mode only
 * @param mode Socket Mode or HTTP
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; HTTP mode only
 * @param httpPort {@code SLACK_HTTP_PORT}, default 3000; 0 picks a free port
 * @param apiUrl {@code SLACK_API_URL}, the Web API base ending in {@code /}
 * @param askEphemeral {@code slack.ask.visibility=ephemeral}: /ask answers only the asker by default
 * @param askCommand {@code slack.ask.command}, default {@code /ask}
 * @param teamId {@code SLACK_TEAM_ID}: the only workspace served; else learned from {@code auth.test}
 * @param appId {@code SLACK_APP_ID}: the only app id accepted; else learned from {@code auth.test}
 * @param maxOpenRequests {@code slack.max-open-requests}: acknowledged requests being answered at
 *     once; beyond it a request gets the "busy" reply
 */
public record SlackSettings(
    String botToken,
    String appToken,
    Mode mode,
    String signingSecret,
    int httpPort,
    String apiUrl,
    boolean askEphemeral,
    String askCommand,
    Optional<String> teamId,
    Optional<String> appId,
    int maxOpenRequests) {

  /** How Slack reaches the bot. */
  public enum Mode { SOCKET, HTTP }

  public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String MODE = "SLACK_MODE";
  public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String HTTP_PORT = "SLACK_HTTP_PORT";
  public static final String API_URL = "SLACK_API_URL";
  public static final String TEAM_ID = "SLACK_TEAM_ID";
  public static final String APP_ID = "SLACK_APP_ID";

  public static final String KEY_ASK_VISIBILITY = "slack.ask.visibility";
  public static final String KEY_ASK_COMMAND = "slack.ask.command";
  public static final String KEY_MAX_OPEN_REQUESTS = "slack.max-open-requests";
  public static final Set<String> CONFIG_KEYS = Set.of(KEY_ASK_VISIBILITY, KEY_ASK_COMMAND, KEY_MAX_OPEN_REQUESTS);
  public static final int DEFAULT_MAX_OPEN_REQUESTS = 1000;

  public static final int DEFAULT_HTTP_PORT = 3000;
  public static final String DEFAULT_API_URL = "https://slack.com/api/";

  /** Reads and checks everything; each problem's message says how to fix it. */
  public static SlackSettings from(Settings settings) throws StartupException {
    String botToken = settings.env(BOT_TOKEN).orElseThrow(() -> new StartupException(
        BOT_TOKEN + " is not set. Copy the Bot User OAuth Token (xoxb-...) from your Slack app's"
            + " \"OAuth & Permissions\" page into the environment variable " + BOT_TOKEN + "."));
    if (!botToken.startsWith("xoxb-")) {
      throw new StartupException(BOT_TOKEN + " must be a bot token starting with xoxb-, but it starts with \""
          + prefixOf(botToken) + "\". Use the Bot User OAuth Token from \"OAuth & Permissions\", not a user or app token.");
    }
    Optional<String> appToken = settings.env(APP_TOKEN);
    if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
      throw new StartupException(APP_TOKEN + " must be an app-level token starting with xapp-, but it starts with \""
          + prefixOf(appToken.get()) + "\". Create one under \"Basic Information > App-Level Tokens\" with the"
          + " connections:write scope.");
    }
    Optional<String> secret = settings.env(SIGNING_SECRET);
    Mode mode = mode(settings.env(MODE), appToken.isPresent(), secret.isPresent());
    if (mode == Mode.SOCKET && appToken.isEmpty()) {
      throw new StartupException("Socket Mode needs " + APP_TOKEN + " (xapp-...): create an app-level token with"
          + " connections:write under \"Basic Information > App-Level Tokens\", or use HTTP mode with "
          + MODE + "=http and " + SIGNING_SECRET + ".");
    }
    if (mode == Mode.HTTP && secret.isEmpty()) {
      throw new StartupException("HTTP mode needs " + SIGNING_SECRET + " so that requests from Slack can be verified."
          + " Copy the Signing Secret from your app's \"Basic Information\" page.");
    }
    return new SlackSettings(
        botToken,
        appToken.orElse(""),
        mode,
        secret.orElse(""),
        port(settings.env(HTTP_PORT)),
        apiUrl(settings.env(API_URL)),
        askEphemeral(settings.config(KEY_ASK_VISIBILITY)),
        askCommand(settings.config(KEY_ASK_COMMAND)),
        id(settings.env(TEAM_ID), TEAM_ID, "T"),
        id(settings.env(APP_ID), APP_ID, "A"),
        maxOpen(settings.config(KEY_MAX_OPEN_REQUESTS)));
  }

  private static Optional<String> id(Optional<String> value, String variable, String prefix) throws StartupException {
    if (value.isPresent() && !value.get().matches(prefix + "[A-Z0-9]{2,}")) {
      throw new StartupException(variable + " must be a Slack id starting with " + prefix + " (e.g. " + prefix
          + "0123ABCD), not \"" + value.get() + "\". Find it in your app's settings, or leave it unset to learn it from auth.test.");
    }
    return value;
  }

  private static int maxOpen(Optional<String> value) throws StartupException {
    if (value.isEmpty()) {
      return DEFAULT_MAX_OPEN_REQUESTS;
    }
    if (value.get().matches("\\d{1,7}") && Integer.parseInt(value.get()) > 0) {
      return Integer.parseInt(value.get());
    }
    throw new StartupException(KEY_MAX_OPEN_REQUESTS + " must be a whole number of at least 1, not \"" + value.get() + "\".");
  }

  private static Mode mode(Optional<String> value, boolean hasAppToken, boolean hasSecret) throws StartupException {
    if (value.isEmpty()) {
      if (hasAppToken) {
        return Mode.SOCKET;
      }
      if (hasSecret) {
        return Mode.HTTP;
      }
      throw new StartupException("Slack needs a way to reach the bot. Either set " + APP_TOKEN
          + " (xapp-...) for Socket Mode (no public URL needed), or set " + MODE + "=http and "
          + SIGNING_SECRET + " and point the app's request URLs at https://YOUR_HOST/slack/events.");
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "socket", "socket_mode", "socket-mode" -> Mode.SOCKET;
      case "http", "events", "events_api" -> Mode.HTTP;
      default -> throw new StartupException(MODE + " must be \"socket\" or \"http\", not \"" + value.get() + "\".");
    };
  }

  private static int port(Optional<String> value) throws StartupException {
    if (value.isEmpty()) {
      return DEFAULT_HTTP_PORT;
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new StartupException(HTTP_PORT + " must be a port number from 1 to 65535 (or 0 for any free port), not \""
        + value.get() + "\".");
  }

  private static String apiUrl(Optional<String> value) throws StartupException {
    if (value.isEmpty()) {
      return DEFAULT_API_URL;
    }
    String url = value.get();
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url.endsWith("/") ? url : url + "/";
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new StartupException(API_URL + " must be an http(s) URL such as " + DEFAULT_API_URL + ", not \"" + url + "\".");
  }

  private static boolean askEphemeral(Optional<String> value) throws StartupException {
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "in_channel" -> false;
      case "ephemeral" -> true;
      default -> throw new StartupException(KEY_ASK_VISIBILITY + " must be in_channel or ephemeral, not \""
          + value.get() + "\".");
    };
  }

  private static String askCommand(Optional<String> value) throws StartupException {
    String command = value.orElse("/ask");
    if (!command.matches("/[a-z0-9_\\-]{1,31}")) {
      throw new StartupException(KEY_ASK_COMMAND + " must look like /ask (a slash and up to 32 lowercase letters,"
          + " digits, - or _), not \"" + command + "\".");
    }
    return command;
  }

  /** The part before the first dash, e.g. {@code xoxp}: enough to say what kind of token it is. */
  private static String prefixOf(String token) {
    int dash = token.indexOf('-');
    String head = dash < 0 ? token : token.substring(0, dash + 1);
    return head.length() > 5 ? head.substring(0, 5) + "..." : head;
  }

  @Override
  public String toString() {
    return "SlackSettings[mode=" + mode + ", httpPort=" + httpPort + ", apiUrl=" + apiUrl
        + ", askEphemeral=" + askEphemeral + ", askCommand=" + askCommand + ", teamId=" + teamId.orElse("?")
        + ", appId=" + appId.orElse("?") + ", maxOpenRequests=" + maxOpenRequests + "]";
  }
}
