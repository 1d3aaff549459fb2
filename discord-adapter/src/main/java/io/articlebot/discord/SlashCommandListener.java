package io.articlebot.discord;

import io.articlebot.core.chat.ChatCommand;
import io.articlebot.core.chat.ChatRequest;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.conversation.ConversationKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
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
    OptionMapping article = event.getOption(SlashCommands.ARTICLE);
    OptionMapping refresh = event.getOption(SlashCommands.REFRESH);
    boolean keepPrivate = privately != null && privately.getAsBoolean();
    String channel = event.getChannelId();
    ConversationKey conversation = channel == null ? null : ConversationKey.of(DiscordUsers.PLATFORM, channel, event.getUser().getId());
    String text = question == null ? "" : question.getAsString();
    if (article != null && !article.getAsString().isBlank()) {
      text = "article:" + article.getAsString().strip() + " " + text; // the chat layer's syntax for one article
    }
    if (command.get() == ChatCommand.SOURCES && refresh != null && refresh.getAsBoolean()) {
      text = "refresh";
    }
    // Discord says what the member may do where the command was used; in a DM nobody manages a server.
    boolean admin = event.getMember() != null && event.getMember().hasPermission(Permission.MANAGE_SERVER);
    ChatRequest request = new ChatRequest(DiscordUsers.of(event.getUser()), command.get(), text, conversation, admin);
    String what = "/" + command.get().slashName() + " from user " + chat.hashedId(request.user());
    responder.respond(event, keepPrivate, keepPrivate, what, () -> chat.handle(request));
  }

  /** Discord's autocomplete for {@code /ask article:}: the articles whose id or title has what was typed. */
  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (!event.getName().equals(ChatCommand.ASK.slashName()) || !event.getFocusedOption().getName().equals(SlashCommands.ARTICLE)) {
      return;
    }
    List<Command.Choice> choices = ArticleChoices.matching(chat.articles(), event.getFocusedOption().getValue()).stream()
        .map(a -> new Command.Choice(ArticleChoices.label(a), a.id()))
        .toList();
    event.replyChoices(choices).queue(null, e -> { }); // a suggestion that arrives late is simply not shown
  }
}
