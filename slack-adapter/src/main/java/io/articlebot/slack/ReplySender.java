package io.articlebot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import io.articlebot.core.chat.InFlight;
import io.articlebot.core.chat.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Delivers rendered replies: to a slash command's or button's {@code response_url}, or through
 * the Web API ({@code chat.postMessage}, {@code chat.postEphemeral}) for mentions and DMs. Every
 * send goes through the {@link Outbox} and finishes the request it answers; nothing here blocks.
 */
public final class ReplySender {
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private final Slack slack;
  private final MethodsClient methods;
  private final BlockKitRenderer renderer;
  private final Outbox poster;

  public ReplySender(Slack slack, String botToken, BlockKitRenderer renderer, Outbox poster) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
    this.renderer = renderer;
    this.poster = poster;
  }

  /**
   * Posts to a response URL.
   *
   * @param ephemeral {@code ephemeral} rather than {@code in_channel}
   */
  public void toResponseUrl(InFlight.Request request, String responseUrl, Reply reply, boolean ephemeral) {
    SlackMessage message = renderer.render(reply);
    String json = GSON.toJson(new ResponseUrlPayload(ephemeral ? "ephemeral" : "in_channel", message.text(), message.blocks()));
    poster.post(request, "response_url post", "response_url:" + responseUrl, () -> {
      WebhookResponse response = slack.send(responseUrl, json);
      int code = response.getCode() == null ? 0 : response.getCode();
      return Outbox.Outcome.http(code, header(response.getHeaders(), "Retry-After"));
    });
  }

  /** Posts in a channel, in a thread when {@code threadTs} is not null; ephemeral replies go to {@code userId} only. */
  public void toChannel(InFlight.Request request, String channelId, String threadTs, String userId, Reply reply) {
    SlackMessage message = renderer.render(reply);
    if (message.ephemeral() && userId != null) {
      poster.post(request, "chat.postEphemeral to " + channelId, "chat.postEphemeral:" + channelId, () -> call(() -> methods.chatPostEphemeral(r -> r
          .channel(channelId).user(userId).threadTs(threadTs).text(message.text()).blocks(message.blocks())
          .linkNames(false).parse("none"))));
      return;
    }
    poster.post(request, "chat.postMessage to " + channelId, "chat.postMessage:" + channelId, () -> call(() -> methods.chatPostMessage(r -> r
        .channel(channelId).threadTs(threadTs).text(message.text()).blocks(message.blocks())
        .linkNames(false).parse("none").unfurlLinks(false).unfurlMedia(false))));
  }

  /** A Web API call that throws the SDK's exceptions. */
  @FunctionalInterface
  private interface ApiCall {
    SlackApiTextResponse call() throws IOException, SlackApiException;
  }

  private static Outbox.Outcome call(ApiCall apiCall) throws IOException {
    try {
      SlackApiTextResponse response = apiCall.call();
      return response.isOk() ? Outbox.Outcome.ok() : Outbox.Outcome.slackError(response.getError());
    } catch (SlackApiException e) {
      return Outbox.Outcome.http(e.getResponse().code(), e.getResponse().header("Retry-After"));
    }
  }

  private static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** The JSON a response URL takes; Gson writes it in snake case. */
  @SuppressWarnings("unused") // read by Gson
  private static final class ResponseUrlPayload {
    private final String responseType;
    private final String text;
    private final List<LayoutBlock> blocks;
    private final boolean replaceOriginal = false;

    ResponseUrlPayload(String responseType, String text, List<LayoutBlock> blocks) {
      this.responseType = responseType;
      this.text = text;
      this.blocks = blocks;
    }
  }
}
