package io.articlebot.discord;

import io.articlebot.core.chat.ChatUser;
import net.dv8tion.jda.api.entities.User;

/** Discord users as the chat layer sees them. */
final class DiscordUsers {
  static final String PLATFORM = "discord";

  private DiscordUsers() {}

  static ChatUser of(User user) {
    return new ChatUser(PLATFORM, user.getId(), user.getEffectiveName(), user.isBot() || user.isSystem());
  }
}
