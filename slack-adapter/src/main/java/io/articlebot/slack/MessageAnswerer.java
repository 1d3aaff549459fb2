package io.articlebot.slack;

import com.slack.api.bolt.response.Response;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.InFlight;
import io.articlebot.core.conversation.ConversationKey;
import java.util.Optional;

/**
 * Answers a message (a mention or a DM) off the request thread and posts the reply, or an apology
 * when answering fails, in the given channel and thread. When the bot is too busy it posts a short
 * "busy" notice instead; when it cannot even do that, the event is refused before its ack
 * ({@link Refused}, and forgotten by the de-duplicator) so that Slack delivers it again later.
 */
final class MessageAnswerer {
  private final ChatService chat;
  private final ReplySender sender;
  private final Workers workers;
  private final EventDeduplicator deduplicator;

  MessageAnswerer(ChatService chat, ReplySender sender, Workers workers, EventDeduplicator deduplicator) {
    this.chat = chat;
    this.sender = sender;
    this.workers = workers;
    this.deduplicator = deduplicator;
  }

  /**
   * @param kind a word or two for the log, e.g. "mention"
   * @param threadTs the thread to answer in, or null for the channel itself
   * @param conversation where follow-ups are read
   * @return the ack
   */
  Response answer(String kind, String eventId, ChatUser user, String text, String channel, String threadTs,
      ConversationKey conversation) {
    String what = kind + " from user " + chat.hashedId(user) + " in " + channel;
    Optional<InFlight.Request> admitted = workers.admit(what);
    if (admitted.isPresent()) {
      InFlight.Request r = admitted.get();
      workers.submit(r,
          () -> chat.handleMessage(user, text, conversation).ifPresentOrElse(
              reply -> sender.toChannel(r, channel, threadTs, user.id(), reply),
              () -> r.gaveUp("nothing to say to a bot")),
          apology -> sender.toChannel(r, channel, threadTs, user.id(), apology));
      return Response.ok();
    }
    Optional<InFlight.Request> busy = workers.admitBusyReply(what);
    if (busy.isPresent()) {
      sender.toChannel(busy.get(), channel, threadTs, user.id(), Workers.busy());
      return Response.ok();
    }
    deduplicator.forget(eventId);
    throw new Refused("too busy even for the busy reply: " + what);
  }

  /** One user's conversation in a channel or DM, outside any thread. */
  static ConversationKey inChannel(String channel, String userId) {
    return ConversationKey.of("slack", channel, userId);
  }

  /** One user's conversation in a thread. */
  static ConversationKey inThread(String channel, String threadTs, String userId) {
    return ConversationKey.of("slack", channel + "/" + threadTs, userId);
  }
}
