package io.articlebot.core.chat;

import java.util.Objects;

/**
 * Who is talking to the bot.
 *
 * @param platform e.g. {@code discord}, {@code slack}, {@code console}
 * @param id the platform's stable user id (never shown, only hashed into feedback)
 * @param bot true for bots and webhooks; the chat layer never answers them
 */
public record ChatUser(String platform, String id, String displayName, boolean bot) {
  public ChatUser {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    displayName = displayName == null ? "" : displayName;
    if (platform.isBlank() || id.isBlank()) {
      throw new IllegalArgumentException("platform and id must not be blank");
    }
  }

  public static ChatUser human(String platform, String id) {
    return new ChatUser(platform, id, "", false);
  }

  /** Key for per-user state such as cooldowns. */
  String key() {
    return platform + ":" + id;
  }
}
