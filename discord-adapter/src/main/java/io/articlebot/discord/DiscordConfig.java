package io.articlebot.discord;

import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the Discord front end reads at start-up, checked before anything touches the network.
 *
 * @param guildId a server to register the slash commands on (instantly) instead of globally
 * @param apiUrl a REST base URL replacing Discord's, for tests and proxies; ends with {@code /}
 */
public record DiscordConfig(BotToken token, Optional<String> guildId, Optional<String> apiUrl, ShardSettings shards) {
  public static final String TOKEN_ENV = "DISCORD_BOT_TOKEN";
  public static final String GUILD_ENV = "DISCORD_GUILD_ID";
  public static final String API_URL_ENV = "DISCORD_API_URL";
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");

  public static DiscordConfig from(Settings settings) throws StartupException {
    BotToken token = BotToken.parse(settings.env(TOKEN_ENV).orElse(null));
    Optional<String> guild = settings.env(GUILD_ENV);
    if (guild.isPresent() && !SNOWFLAKE.matcher(guild.get()).matches()) {
      throw new StartupException(GUILD_ENV + " must be a server id (15 to 21 digits), got \"" + guild.get() + "\". In"
          + " Discord, turn on Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID;"
          + " or unset " + GUILD_ENV + " to register the commands globally.");
    }
    Optional<String> apiUrl = settings.env(API_URL_ENV);
    if (apiUrl.isPresent()) {
      apiUrl = Optional.of(checkedApiUrl(apiUrl.get()));
    }
    return new DiscordConfig(token, guild, apiUrl, ShardSettings.from(settings));
  }

  private static String checkedApiUrl(String url) throws StartupException {
    try {
      URI uri = new URI(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return url.endsWith("/") ? url : url + "/";
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new StartupException(API_URL_ENV + " must be an http(s) URL such as https://discord.com/api/v10/ (it is"
        + " only for tests and proxies; unset it to talk to Discord directly), got \"" + url + "\".");
  }
}
