package io.articlebot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a message was said, as far as follow-ups are concerned. Front ends build one per message:
 * per user in a shared channel or thread ({@link #of}), or shared by everyone who replies to one of
 * the bot's answers ({@link #shared}, a Discord reply chain).
 *
 * @param id the conversation the message continues
 * @param aliases other conversations the reply also starts, e.g. the thread a channel answer opens
 *     on Slack; each then goes on by itself
 */
public record ConversationKey(String id, List<String> aliases) {
  public ConversationKey {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a conversation key needs an id");
    }
    aliases = List.copyOf(aliases);
  }

  /** One user's conversation in one place (a channel, a thread, a DM, a console session). */
  public static ConversationKey of(String platform, String place, String userId) {
    return new ConversationKey(require(platform) + "|" + require(place) + "|" + require(userId), List.of());
  }

  /** A conversation anyone in it may continue, such as the replies to one of the bot's answers. */
  public static ConversationKey shared(String platform, String place) {
    return new ConversationKey(require(platform) + "|" + require(place), List.of());
  }

  /** This key, whose exchanges are also remembered at {@code other}. */
  public ConversationKey alsoAt(ConversationKey other) {
    List<String> more = new ArrayList<>(aliases);
    more.add(other.id);
    more.addAll(other.aliases);
    return new ConversationKey(id, more);
  }

  List<String> all() {
    List<String> out = new ArrayList<>();
    out.add(id);
    out.addAll(aliases);
    return out;
  }

  private static String require(String part) {
    if (part == null || part.isBlank()) {
      throw new IllegalArgumentException("conversation key parts must not be blank");
    }
    return part;
  }
}
