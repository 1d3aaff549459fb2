package io.articlebot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;

/**
 * {@code message.im}: a direct message to the bot is a question (or "help", "about",
 * "sources"). Answered in the DM, in the thread when it was sent in one; follow-ups go on with the
 * DM's conversation, or the thread's. Plain {@code message}
 * events from channels are not ours (mentions arrive as {@code app_mention}) and are ignored.
 */
public final class DirectMessageHandler implements BoltEventHandler<MessageEvent> {
  private final MessageAnswerer answerer;

  public DirectMessageHandler(ChatService chat, ReplySender sender, Workers workers, EventDeduplicator deduplicator) {
    this.answerer = new MessageAnswerer(chat, sender, workers, deduplicator);
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent event = payload.getEvent();
    if (event == null || !"im".equals(event.getChannelType()) || event.getUser() == null
        || event.getBotId() != null || event.getChannel() == null) {
      return ctx.ack();
    }
    String channel = event.getChannel();
    String threadTs = event.getThreadTs();
    String userId = event.getUser();
    return answerer.answer("direct message", payload.getEventId(), ChatUser.human("slack", userId), event.getText(), channel,
        threadTs, threadTs == null ? MessageAnswerer.inChannel(channel, userId) : MessageAnswerer.inThread(channel, threadTs, userId));
  }
}
