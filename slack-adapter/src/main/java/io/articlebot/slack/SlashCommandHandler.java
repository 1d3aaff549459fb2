package io.articlebot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.articlebot.core.chat.ChatCommand;
import io.articlebot.core.chat.ChatRequest;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.InFlight;
import io.articlebot.core.conversation.ConversationKey;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /ask <question>}: acks at once with an empty body (Slack allows 3 s), then answers
 * through the command's {@code response_url}. Answers go {@code in_channel} unless the question
 * starts with {@code private}, the config says {@code slack.ask.visibility=ephemeral}, or the reply
 * is a notice (cooldown, too long) or help text, which only the asker needs to see. When the bot
 * is too busy to answer soon, the ack itself carries the "busy, try again" notice, shown only to
 * the asker: nothing is acked and then left unanswered.
 */
public final class SlashCommandHandler implements com.slack.api.bolt.handler.builtin.SlashCommandHandler {
  private static final Pattern PRIVATE = Pattern.compile("^private\\b[\\s:,]*", Pattern.CASE_INSENSITIVE);

  private final ChatService chat;
  private final ReplySender sender;
  private final Workers workers;
  private final boolean ephemeralByDefault;

  public SlashCommandHandler(ChatService chat, ReplySender sender, Workers workers, boolean ephemeralByDefault) {
    this.chat = chat;
    this.sender = sender;
    this.workers = workers;
    this.ephemeralByDefault = ephemeralByDefault;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String responseUrl = payload.getResponseUrl();
    if (responseUrl == null || payload.getUserId() == null) {
      return ctx.ack();
    }
    ChatUser user = new ChatUser("slack", payload.getUserId(), payload.getUserName(), false);
    String what = payload.getCommand() + " from user " + chat.hashedId(user);
    Optional<InFlight.Request> admitted = workers.admit(what);
    if (admitted.isEmpty()) {
      return ctx.ack(SlackErrorHandler.BUSY);
    }
    InFlight.Request r = admitted.get();
    workers.submit(r, () -> answer(r, user, payload), apology -> sender.toResponseUrl(r, responseUrl, apology, true));
    return ctx.ack();
  }

  private void answer(InFlight.Request r, ChatUser user, SlashCommandPayload payload) {
    String text = payload.getText() == null ? "" : payload.getText().strip();
    boolean ephemeral = ephemeralByDefault;
    Matcher privately = PRIVATE.matcher(text);
    if (privately.find()) {
      ephemeral = true;
      text = text.substring(privately.end());
    }
    ChatCommand command = ChatCommand.namedBy(text).orElse(ChatCommand.ASK);
    boolean askedPrivately = ephemeral;
    ConversationKey conversation = payload.getChannelId() == null ? null : MessageAnswerer.inChannel(payload.getChannelId(), payload.getUserId());
    chat.handle(new ChatRequest(user, command, text, conversation)).ifPresentOrElse(
        reply -> sender.toResponseUrl(r, payload.getResponseUrl(), reply, askedPrivately || onlyForAsker(reply)),
        () -> r.gaveUp("nothing to say to a bot"));
  }

  private static boolean onlyForAsker(Reply reply) {
    return reply.ephemeral() || reply.kind() == ReplyKind.INFO;
  }
}
