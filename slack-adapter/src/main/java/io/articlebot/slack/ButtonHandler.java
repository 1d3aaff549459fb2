package io.articlebot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.InFlight;
import java.util.List;
import java.util.Optional;

/**
 * Clicks on "More quotes", 👍 and 👎 ({@code block_actions} whose action id starts with
 * {@code ab:}): acked at once, then handed to {@link ChatService#handleButton}, which records
 * feedback. Its reply goes to the action's {@code response_url}: ephemeral for notices ("Thanks!")
 * and for anything under a message only the clicker could see.
 */
public final class ButtonHandler implements BlockActionHandler {
  /** The action ids this handler is registered for. */
  public static final String ACTION_ID_PATTERN = "^ab:.*$";

  private final ChatService chat;
  private final ReplySender sender;
  private final Workers workers;

  public ButtonHandler(ChatService chat, ReplySender sender, Workers workers) {
    this.chat = chat;
    this.sender = sender;
    this.workers = workers;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    List<BlockActionPayload.Action> actions = payload.getActions();
    String responseUrl = payload.getResponseUrl();
    if (actions == null || actions.isEmpty() || payload.getUser() == null || responseUrl == null) {
      return ctx.ack();
    }
    String buttonId = actions.get(0).getActionId();
    ChatUser user = ChatUser.human("slack", payload.getUser().getId());
    boolean underEphemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
    String what = "button click from user " + chat.hashedId(user);
    Optional<InFlight.Request> admitted = workers.admit(what);
    if (admitted.isEmpty()) {
      Optional<InFlight.Request> busy = workers.admitBusyReply(what);
      if (busy.isEmpty()) {
        throw new Refused("too busy even for the busy reply: " + what);
      }
      sender.toResponseUrl(busy.get(), responseUrl, Workers.busy(), true);
      return ctx.ack();
    }
    InFlight.Request r = admitted.get();
    workers.submit(r,
        () -> chat.handleButton(user, buttonId).ifPresentOrElse(
            reply -> sender.toResponseUrl(r, responseUrl, reply, reply.ephemeral() || underEphemeral),
            () -> r.gaveUp("not one of our buttons")),
        apology -> sender.toResponseUrl(r, responseUrl, apology, true));
    return ctx.ack();
  }
}
