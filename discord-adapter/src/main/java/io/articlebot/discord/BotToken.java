package io.articlebot.discord;

import io.articlebot.core.chat.StartupException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A Discord bot token that at least has the right shape, checked without any network so that a
 * typo or a placeholder fails at once. Never printed: {@link #toString()} hides it.
 */
public final class BotToken {
  /** Three base64url parts: the bot's user id, a timestamp, a signature. */
  private static final Pattern SHAPE = Pattern.compile("([A-Za-z0-9_-]{16,})\\.([A-Za-z0-9_-]{4,})\\.([A-Za-z0-9_-]{20,})");
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");
  private static final String WHERE = "Copy it from https://discord.com/developers/applications → your application → Bot → "
      + "Reset Token, and put it in the environment variable DISCORD_BOT_TOKEN (see docs/discord.md).";

  private final String value;
  private final String botId;

  private BotToken(String value, String botId) {
    this.value = value;
    this.botId = botId;
  }

  /**
   * Checks the shape of {@code raw}.
   *
   * @throws StartupException saying what is wrong (but never the token) and where to get a good one
   */
  public static BotToken parse(String raw) throws StartupException {
    if (raw == null || raw.isBlank()) {
      throw new StartupException("DISCORD_BOT_TOKEN is not set. " + WHERE);
    }
    String token = raw.strip();
    if (token.regionMatches(true, 0, "Bot ", 0, 4)) {
      throw new StartupException("DISCORD_BOT_TOKEN starts with \"Bot \"; set only the token itself, without that prefix.");
    }
    var match = SHAPE.matcher(token);
    if (!match.matches()) {
      throw new StartupException("DISCORD_BOT_TOKEN does not look like a Discord bot token (it should be about 70 characters:"
          + " three parts of letters, digits, '-' and '_' separated by dots). " + WHERE);
    }
    String id = decodeId(match.group(1));
    if (!SNOWFLAKE.matcher(id).matches()) {
      throw new StartupException("DISCORD_BOT_TOKEN does not look like a Discord bot token (its first part should encode"
          + " the bot's id). Did you paste the client secret or the public key instead? " + WHERE);
    }
    return new BotToken(token, id);
  }

  private static String decodeId(String part) {
    try {
      return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }

  /** The token itself, only for handing to JDA. */
  String value() {
    return value;
  }

  /** The bot's user id, which is also the application (client) id of every current application. */
  public String botId() {
    return botId;
  }

  @Override
  public String toString() {
    return "BotToken[bot " + botId + ", value hidden]";
  }
}
