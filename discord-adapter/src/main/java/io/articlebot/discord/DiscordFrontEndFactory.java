package io.articlebot.discord;

import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.FrontEndFactory;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import io.micrometer.core.instrument.Metrics;
import java.util.Set;

/**
 * How the launcher finds the Discord front end: requested when {@code DISCORD_BOT_TOKEN} is set;
 * every setting is checked in {@link #create} without any network, so a bad one fails at once.
 */
public final class DiscordFrontEndFactory implements FrontEndFactory {
  public DiscordFrontEndFactory() {}

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public Set<String> configKeys() {
    return Set.of(ShardSettings.TOTAL_KEY, ShardSettings.IDS_KEY);
  }

  @Override
  public boolean isRequested(Settings settings) {
    return settings.env(DiscordConfig.TOKEN_ENV).isPresent();
  }

  @Override
  public FrontEnd create(Settings settings, ChatService chat) throws StartupException {
    return new DiscordFrontEnd(DiscordConfig.from(settings), chat, Metrics.globalRegistry);
  }
}
