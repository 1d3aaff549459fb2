package io.articlebot.discord;

import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.InFlight;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.conversation.ConversationKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Questions in messages: any direct message, and channel or thread messages that mention the bot
 * user itself ({@code @everyone}, {@code @here} and role mentions do not count). The answer is a
 * reply to the question, in the same channel or thread. Bots, webhooks and system messages are
 * never answered, so two bots cannot talk to each other forever.
 *
 * <p>Follow-ups: each user has a conversation of their own in each channel, thread and DM; a reply
 * to one of the bot's answers (which mentions the bot when Discord's "@ on" is left on) goes on
 * with the conversation that answer belongs to, whoever replies.
 */
public final class MentionListener extends ListenerAdapter {
  private final ChatService chat;
  private final ChatTask chatTask;
  private final Executor executor;
  private final DiscordErrorHandler errors;
  private final InFlight inFlight;

  MentionListener(ChatService chat, ChatTask chatTask, Executor executor, DiscordErrorHandler errors) {
    this(chat, chatTask, executor, errors, DiscordRequests.unbounded());
  }

  MentionListener(ChatService chat, ChatTask chatTask, Executor executor, DiscordErrorHandler errors, InFlight inFlight) {
    this.chat = chat;
    this.chatTask = chatTask;
    this.executor = executor;
    this.errors = errors;
    this.inFlight = inFlight;
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (event.isWebhookMessage() || author.isBot() || author.isSystem()) {
      return;
    }
    Message message = event.getMessage();
    boolean direct = event.isFromType(ChannelType.PRIVATE);
    if (!direct && !message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER)) {
      return;
    }
    String what = (direct ? "direct message" : "mention") + " from user " + chat.hashedId(DiscordUsers.of(author));
    Optional<InFlight.Request> admitted = inFlight.tryOpen(what);
    if (admitted.isEmpty()) {
      message.reply(chatTask.render(what, errors.overloaded(what))).mentionRepliedUser(false).setAllowedMentions(List.of())
          .failOnInvalidReply(false).queue(null, errors.restFailed(what));
      return;
    }
    InFlight.Request r = admitted.get();
    try {
      executor.execute(() -> answer(r, message, author));
    } catch (RejectedExecutionException full) {
      send(r, message, errors.overloaded(what));
    }
  }

  private void answer(InFlight.Request r, Message message, User author) {
    ConversationKey conversation = conversation(message, author);
    Optional<Reply> reply = chatTask.run(r.what(),
        () -> chat.handleMessage(DiscordUsers.of(author), message.getContentRaw(), conversation));
    reply.ifPresentOrElse(answer -> send(r, message, answer, conversation), () -> r.gaveUp("nothing to say"));
  }

  /** The reply chain this message continues, when it replies to an answer of ours we remember; else the author's own in this channel. */
  private ConversationKey conversation(Message message, User author) {
    MessageReference reference = message.getMessageReference();
    if (reference != null) {
      ConversationKey chain = replies(reference.getMessageId());
      if (chat.conversations().knows(chain)) {
        return chain;
      }
    }
    String channel = message.getChannelId();
    return channel == null ? null : ConversationKey.of(DiscordUsers.PLATFORM, channel, author.getId());
  }

  private static ConversationKey replies(String botMessageId) {
    return ConversationKey.shared(DiscordUsers.PLATFORM, "replies-to/" + botMessageId);
  }

  private void send(InFlight.Request r, Message message, Reply reply) {
    send(r, message, reply, null);
  }

  /** Channel messages cannot be ephemeral, so notices (cooldowns) are ordinary replies here. */
  private void send(InFlight.Request r, Message message, Reply reply, ConversationKey conversation) {
    Consumer<Throwable> log = errors.restFailed(r.what());
    r.sending(true);
    message.reply(chatTask.render(r.what(), reply))
        .mentionRepliedUser(false)
        .setAllowedMentions(List.of())
        .failOnInvalidReply(false)
        .queue(sent -> {
          if (conversation != null && sent != null) {
            chat.conversations().link(conversation, replies(sent.getId()));
          }
          r.answered();
        }, failure -> {
          log.accept(failure);
          r.gaveUp("Discord refused the reply: " + DiscordErrorHandler.describe(failure));
        });
  }
}
