package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.action;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.articlebot.core.chat.ChatService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.IMentionable;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;

/**
 * The adapter wired as in production, but with a recording executor and a mock logger, plus
 * mocked JDA events whose rest actions record what the adapter sends.
 */
final class Harness {
  static final String SELF_ID = "999999999999999999";

  final Logger log = mock(Logger.class);
  final DiscordErrorHandler errors = new DiscordErrorHandler(log);
  final ChatTask chatTask = new ChatTask(new EmbedRenderer(), errors);
  /** Work handed to "our" executor; tests run it with {@link #runWorkers()}. */
  final List<Runnable> queued = new ArrayList<>();
  final InteractionResponder responder = new InteractionResponder(chatTask, queued::add, errors);
  final SlashCommandListener slash;
  final ButtonListener buttons;
  final MentionListener mentions;

  Harness(ChatService chat) {
    slash = new SlashCommandListener(chat, responder);
    buttons = new ButtonListener(chat, responder);
    mentions = new MentionListener(chat, chatTask, queued::add, errors);
  }

  void runWorkers() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }

  static ErrorResponseException restError(ErrorResponse error) {
    return ErrorResponseException.create(error, new Response(new IOException("test"), Set.of()));
  }

  /** An interaction (slash command or button click) and everything sent through its hook. */
  static class Interaction<E extends IReplyCallback> {
    final E event;
    final ReplyCallbackAction defer = action(ReplyCallbackAction.class);
    /** An immediate reply instead of a deferral (when the bot is too busy to take the request on). */
    final ReplyCallbackAction immediate = action(ReplyCallbackAction.class);
    final InteractionHook hook = mock(InteractionHook.class);
    @SuppressWarnings("unchecked")
    final RestAction<Void> deleteOriginal = mock(RestAction.class);
    /** Everything sent through the hook: edits of the original and follow-ups, in order. */
    final List<MessageData> sent = new ArrayList<>();
    final List<WebhookMessageCreateAction<Message>> followUps = new ArrayList<>();
    final List<WebhookMessageEditAction<Message>> edits = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Interaction(E event, User user) {
      this.event = event;
      when(event.getUser()).thenReturn(user);
      when(event.deferReply(anyBoolean())).thenReturn(defer);
      when(event.getHook()).thenReturn(hook);
      Fixtures.succeeds(defer, hook);
      Fixtures.succeeds(deleteOriginal, null);
      when(hook.deleteOriginal()).thenReturn(deleteOriginal);
      when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(inv -> {
        sent.add(inv.getArgument(0));
        WebhookMessageCreateAction<Message> followUp = action(WebhookMessageCreateAction.class);
        Fixtures.succeeds(followUp, null);
        followUps.add(followUp);
        return followUp;
      });
      when(event.reply(any(MessageCreateData.class))).thenAnswer(inv -> {
        sent.add(inv.getArgument(0));
        return immediate;
      });
      when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(inv -> {
        sent.add(inv.getArgument(0));
        WebhookMessageEditAction<Message> edit = action(WebhookMessageEditAction.class);
        Fixtures.succeeds(edit, null);
        edits.add(edit);
        return edit;
      });
    }

    MessageData onlySent() {
      if (sent.size() != 1) {
        throw new AssertionError("expected one message, got " + sent.size());
      }
      return sent.get(0);
    }
  }

  static Interaction<SlashCommandInteractionEvent> slash(String name, User user, String question, Boolean privately) {
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    when(event.getName()).thenReturn(name);
    if (question != null) {
      OptionMapping q = mock(OptionMapping.class);
      when(q.getAsString()).thenReturn(question);
      when(event.getOption(SlashCommands.QUESTION)).thenReturn(q);
    }
    if (privately != null) {
      OptionMapping p = mock(OptionMapping.class);
      when(p.getAsBoolean()).thenReturn(privately);
      when(event.getOption(SlashCommands.PRIVATE)).thenReturn(p);
    }
    return new Interaction<>(event, user);
  }

  static Interaction<ButtonInteractionEvent> click(String buttonId, User user) {
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    when(event.getComponentId()).thenReturn(buttonId);
    return new Interaction<>(event, user);
  }

  /** A message event and the reply the adapter makes to it. */
  static final class Posted {
    final MessageReceivedEvent event = mock(MessageReceivedEvent.class);
    final Message message = mock(Message.class);
    final MessageCreateAction reply = action(MessageCreateAction.class);
    final List<MessageCreateData> sent = new ArrayList<>();

    Posted(User author, String content, ChannelType channel, boolean webhook, List<IMentionable> mentioned, boolean everyone) {
      JDA jda = mock(JDA.class);
      SelfUser self = mock(SelfUser.class);
      when(self.getId()).thenReturn(SELF_ID);
      when(jda.getSelfUser()).thenReturn(self);
      when(event.getJDA()).thenReturn(jda);
      when(event.getAuthor()).thenReturn(author);
      when(event.getMessage()).thenReturn(message);
      when(event.isWebhookMessage()).thenReturn(webhook);
      when(event.getChannelType()).thenReturn(channel);
      when(event.isFromType(any())).thenAnswer(inv -> inv.getArgument(0) == channel);
      when(event.isFromGuild()).thenReturn(channel.isGuild());
      when(event.isFromThread()).thenReturn(channel.isThread());
      when(message.getContentRaw()).thenReturn(content);
      when(message.getAuthor()).thenReturn(author);
      when(message.isWebhookMessage()).thenReturn(webhook);
      Mentions found = mentions(withSelf(mentioned, self), everyone);
      when(message.getMentions()).thenReturn(found);
      when(message.reply(any(MessageCreateData.class))).thenAnswer(inv -> {
        sent.add(inv.getArgument(0));
        return reply;
      });
    }

    MessageCreateData onlySent() {
      if (sent.size() != 1) {
        throw new AssertionError("expected one reply, got " + sent.size());
      }
      return sent.get(0);
    }
  }

  /** Placeholder for "the bot itself" in a list of mentioned entities. */
  static final IMentionable SELF = mock(IMentionable.class);

  private static List<IMentionable> withSelf(List<IMentionable> mentioned, SelfUser self) {
    List<IMentionable> out = new ArrayList<>(mentioned);
    out.replaceAll(m -> m == SELF ? self : m);
    return out;
  }

  /** Mentions with JDA's semantics: no types means any kind of mention, including @everyone. */
  private static Mentions mentions(List<IMentionable> users, boolean everyone) {
    Mentions mentions = mock(Mentions.class);
    when(mentions.mentionsEveryone()).thenReturn(everyone);
    doAnswer(inv -> {
      IMentionable who = inv.getArgument(0);
      Object[] raw = Arrays.copyOfRange(inv.getArguments(), 1, inv.getArguments().length);
      List<Object> types = raw.length == 1 && raw[0] instanceof Object[] array ? Arrays.asList(array) : Arrays.asList(raw);
      boolean any = types.isEmpty();
      return ((any || types.contains(MentionType.USER)) && users.contains(who))
          || ((any || types.contains(MentionType.EVERYONE) || types.contains(MentionType.HERE)) && everyone);
    }).when(mentions).isMentioned(any(), any(MentionType[].class));
    return mentions;
  }
}
