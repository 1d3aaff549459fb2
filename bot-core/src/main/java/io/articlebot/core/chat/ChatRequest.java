package io.articlebot.core.chat;

import io.articlebot.core.conversation.ConversationKey;
import java.util.Objects;

/**
 * One thing a user asked the bot to do.
 *
 * @param text the question for {@link ChatCommand#ASK}, ignored otherwise; may be empty
 * @param conversation where it was said, for follow-ups; null for a one-off question
 * @param admin the platform says the user may manage the bot (Discord: Manage Server; the console:
 *     whoever started it), so {@code sources refresh} is theirs to ask for
 */
public record ChatRequest(ChatUser user, ChatCommand command, String text, ConversationKey conversation, boolean admin) {
  public ChatRequest {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(command, "command");
    text = text == null ? "" : text;
  }

  public ChatRequest(ChatUser user, ChatCommand command, String text, ConversationKey conversation) {
    this(user, command, text, conversation, false);
  }

  /** A request outside any conversation: follow-ups have nothing to go on. */
  public ChatRequest(ChatUser user, ChatCommand command, String text) {
    this(user, command, text, null);
  }

  public static ChatRequest ask(ChatUser user, String question) {
    return new ChatRequest(user, ChatCommand.ASK, question);
  }
}
