package io.articlebot.discord;

import io.articlebot.core.chat.ChatCommand;
import io.articlebot.core.chat.ChatRequest;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.conversation.ConversationKey;
import java.util.Arrays;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * {@code /ask}, {@code /about}, {@code /help} and {@code /sources}. {@code /ask} follows up on the
 * asker's own conversation in that channel, as a mention there does.
 */
public final class SlashCommandListener extends ListenerAdapter {
  private final ChatService chat;
  private final InteractionResponder responder;

  SlashCommandListener(ChatService chat, InteractionResponder responder) {
    this.chat = chat;
    this.responder = responder;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<ChatCommand> command = Arrays.stream(ChatCommand.values())
        .filter(c -> c.slashName().equals(event.getName()))
        .findFirst();
    if (command.isEmpty()) {
      return;
    }
    OptionMapping question = event.getOption(SlashCommands.QUESTION);
    OptionMapping privately = event.getOption(SlashCommands.PRIVATE);
    boolean keepPrivate = privately != null && privately.getAsBoolean();
    String channel = event.getChannelId();
    ConversationKey conversation = channel == null ? null : ConversationKey.of(DiscordUsers.PLATFORM, channel, event.getUser().getId());
    ChatRequest request = new ChatRequest(DiscordUsers.of(event.getUser()), command.get(),
        question == null ? "" : question.getAsString(), conversation);
    String what = "/" + command.get().slashName() + " from user " + chat.hashedId(request.user());
    responder.respond(event, keepPrivate, keepPrivate, what, () -> chat.handle(request));
  }
}
