package io.articlebot.app.cli;

import io.articlebot.core.chat.FrontEndFactory;
import io.articlebot.discord.DiscordFrontEndFactory;
import io.articlebot.slack.SlackFrontEndFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every chat platform the launcher can start. */
final class FrontEnds {
  private FrontEnds() {}

  static List<FrontEndFactory> all() {
    return List.of(new DiscordFrontEndFactory(), new SlackFrontEndFactory());
  }

  static Set<String> configKeys() {
    Set<String> keys = new HashSet<>();
    all().forEach(f -> keys.addAll(f.configKeys()));
    return keys;
  }
}
