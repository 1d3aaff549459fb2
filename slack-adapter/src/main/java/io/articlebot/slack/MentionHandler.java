package io.articlebot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.conversation.ConversationKey;

/**
 * {@code app_mention}: answers in a thread under the mention (or in the thread it was made in).
 * Follow-ups are per user: a mention in the channel goes on with that user's conversation there and
 * starts one in the thread its answer opens; a mention in a thread goes on with that thread's.
 * The {@code <@BOT>} token is stripped by {@link ChatService#handleMessage}. Mentions by bots are
 * dropped earlier by {@link EventGate}; the check here is a second line of defence.
 */
public final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
  private final MessageAnswerer answerer;

  public MentionHandler(ChatService chat, ReplySender sender, Workers workers, EventDeduplicator deduplicator) {
    this.answerer = new MessageAnswerer(chat, sender, workers, deduplicator);
  }

  @Override
  public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent event = payload.getEvent();
    if (event == null || event.getUser() == null || event.getBotId() != null || event.getChannel() == null) {
      return ctx.ack();
    }
    String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    String channel = event.getChannel();
    String userId = event.getUser();
    ConversationKey conversation = event.getThreadTs() != null ? MessageAnswerer.inThread(channel, threadTs, userId)
        : threadTs == null ? MessageAnswerer.inChannel(channel, userId)
        : MessageAnswerer.inChannel(channel, userId).alsoAt(MessageAnswerer.inThread(channel, threadTs, userId));
    return answerer.answer("mention", payload.getEventId(), new ChatUser("slack", userId, event.getUsername(), false),
        event.getText(), channel, threadTs, conversation);
  }
}
