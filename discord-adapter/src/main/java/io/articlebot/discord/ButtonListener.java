package io.articlebot.discord;

import io.articlebot.core.chat.ChatService;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * "More quotes", 👍 and 👎 under an answer. Clicks are acknowledged privately because most of
 * them (feedback, expired answers) get a reply meant only for the clicker; more quotes, which
 * the chat layer marks public, are then posted for everyone.
 */
public final class ButtonListener extends ListenerAdapter {
  private final ChatService chat;
  private final InteractionResponder responder;

  ButtonListener(ChatService chat, InteractionResponder responder) {
    this.chat = chat;
    this.responder = responder;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String buttonId = event.getComponentId();
    var user = DiscordUsers.of(event.getUser());
    String what = "button click from user " + chat.hashedId(user);
    responder.respond(event, true, false, what, () -> chat.handleButton(user, buttonId));
  }
}
