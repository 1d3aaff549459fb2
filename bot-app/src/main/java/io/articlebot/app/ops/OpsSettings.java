package io.articlebot.app.ops;

import io.articlebot.core.chat.StartupException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code run} is operated: where {@code /healthz} and {@code /metrics} listen
 * ({@code ops.address}, or {@code ARTICLE_BOT_OPS_ADDRESS} which wins; {@code host:port}, port 0
 * for any free one, or {@code off}), and how long a graceful stop may take
 * ({@code shutdown.grace-seconds}).
 *
 * @param address empty when switched off
 */
public record OpsSettings(Optional<InetSocketAddress> address, Duration grace) {
  public static final String KEY_ADDRESS = "ops.address";
  public static final String ENV_ADDRESS = "ARTICLE_BOT_OPS_ADDRESS";
  public static final String KEY_GRACE = "shutdown.grace-seconds";
  public static final String DEFAULT_ADDRESS = "127.0.0.1:9464";
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(25);

  public static OpsSettings from(Map<String, String> config, Map<String, String> env) throws StartupException {
    String fromEnv = env.get(ENV_ADDRESS);
    String raw = fromEnv != null && !fromEnv.isBlank() ? fromEnv.strip() : config.getOrDefault(KEY_ADDRESS, DEFAULT_ADDRESS).strip();
    String from = fromEnv != null && !fromEnv.isBlank() ? ENV_ADDRESS : KEY_ADDRESS;
    return new OpsSettings(address(raw, from), grace(config.get(KEY_GRACE)));
  }

  private static Optional<InetSocketAddress> address(String raw, String from) throws StartupException {
    if (raw.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    int colon = raw.lastIndexOf(':');
    if (colon > 0 && raw.substring(colon + 1).matches("\\d{1,5}")) {
      int port = Integer.parseInt(raw.substring(colon + 1));
      String host = raw.substring(0, colon).replaceAll("^\\[|]$", "");
      if (port <= 65_535 && !host.isBlank()) {
        return Optional.of(InetSocketAddress.createUnresolved(host, port));
      }
    }
    throw new StartupException(from + " must be host:port (e.g. " + DEFAULT_ADDRESS + ", or 0.0.0.0:9464 to let other"
        + " machines scrape it) or off, not \"" + raw + "\".");
  }

  private static Duration grace(String raw) throws StartupException {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_GRACE;
    }
    if (raw.strip().matches("\\d{1,4}")) {
      return Duration.ofSeconds(Integer.parseInt(raw.strip()));
    }
    throw new StartupException(KEY_GRACE + " must be a whole number of seconds, not \"" + raw + "\".");
  }
}
