package io.articlebot.core.chat;

import java.util.Objects;

/**
 * One thing a user asked the bot to do.
 *
 * @param text the question for {@link ChatCommand#ASK}, ignored otherwise; may be empty
 */
public record ChatRequest(ChatUser user, ChatCommand command, String text) {
  public ChatRequest {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(command, "command");
    text = text == null ? "" : text;
  }

  public static ChatRequest ask(ChatUser user, String question) {
    return new ChatRequest(user, ChatCommand.ASK, question);
  }
}
