package io.articlebot.discord;

import io.articlebot.core.chat.StartupException;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One authenticated request before JDA starts, so that a rejected token or an unreachable Discord
 * ends start-up with a how-to-fix message instead of JDA's retries and stack traces.
 */
final class DiscordPreflight {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private DiscordPreflight() {}

  static void check(String apiBase, BotToken token) throws StartupException {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(TIMEOUT)
        .proxy(ProxySelector.getDefault())
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + "users/@me"))
        .timeout(TIMEOUT)
        .header("Authorization", "Bot " + token.value())
        .header("User-Agent", "DiscordBot (https://github.com/article-bot, 1) article-bot")
        .GET()
        .build();
    int status;
    try {
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw unreachable(apiBase, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("Start-up was interrupted while contacting Discord.");
    }
    if (status == 401) {
      throw rejected();
    }
    if (status >= 500) {
      throw unreachable(apiBase, "Discord answered HTTP " + status + "; see https://discordstatus.com");
    }
  }

  static StartupException rejected() {
    return new StartupException("Discord rejected DISCORD_BOT_TOKEN (401 Unauthorized). It was probably reset or"
        + " copied incompletely: open https://discord.com/developers/applications → your application → Bot →"
        + " Reset Token, and set the new token.");
  }

  static StartupException unreachable(String apiBase, String why) {
    boolean custom = !apiBase.equals(net.dv8tion.jda.api.requests.RestConfig.DEFAULT_BASE_URL);
    return new StartupException("Could not connect to Discord at " + apiBase + " (" + why + "). Check the network"
        + " connection and any proxy" + (custom ? ", and DISCORD_API_URL" : "") + ", then start again.");
  }
}
