package io.articlebot.slack;

import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.conversation.ConversationKey;

/**
 * Answers a message (a mention or a DM) off the request thread and posts the reply, or an apology
 * when answering fails, in the given channel and thread.
 */
final class MessageAnswerer {
  private final ChatService chat;
  private final ReplySender sender;
  private final Workers workers;

  MessageAnswerer(ChatService chat, ReplySender sender, Workers workers) {
    this.chat = chat;
    this.sender = sender;
    this.workers = workers;
  }

  /**
   * @param what a few words for the log, e.g. "mention from U1 in C1"
   * @param threadTs the thread to answer in, or null for the channel itself
   * @param conversation where follow-ups are read
   */
  void answer(String what, ChatUser user, String text, String channel, String threadTs, ConversationKey conversation) {
    workers.submit(what,
        () -> chat.handleMessage(user, text, conversation).ifPresent(reply -> sender.toChannel(channel, threadTs, user.id(), reply)),
        apology -> sender.toChannel(channel, threadTs, user.id(), apology));
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
