package io.articlebot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt middleware in front of the event handlers (after request verification): acks without
 * answering every Events API delivery that must not be answered: redeliveries of an
 * {@code event_id} already taken, events from bots (any {@code bot_id}, {@code bot_message}, or the
 * bot's own user), and messages with a subtype (edits, deletions, joins...).
 */
public final class EventGate implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(EventGate.class);
  private static final Set<String> ANSWERED_TYPES = Set.of("app_mention", "message");

  private final EventDeduplicator deduplicator;
  private final BotIdentity identity;

  public EventGate(EventDeduplicator deduplicator, BotIdentity identity) {
    this.deduplicator = deduplicator;
    this.identity = identity;
  }

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() != RequestType.Event) {
      return chain.next(req);
    }
    JsonObject body = parse(req.getRequestBodyAsString());
    JsonObject event = body == null ? null : object(body, "event");
    if (event == null || !ANSWERED_TYPES.contains(string(event, "type"))) {
      return chain.next(req);
    }
    String type = string(event, "type");
    if (fromBot(event)) {
      log.debug("Slack {} from a bot ignored", type);
      return Response.ok();
    }
    if (!string(event, "subtype").isEmpty()) {
      log.debug("Slack {} with subtype {} ignored", type, string(event, "subtype"));
      return Response.ok();
    }
    String eventId = string(body, "event_id");
    if (!deduplicator.firstTime(eventId)) {
      log.info("Slack event {} delivered again (retry {}); acked, already answered",
          eventId, req.getHeaders() == null ? "?" : req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
      return Response.ok();
    }
    return chain.next(req);
  }

  private boolean fromBot(JsonObject event) {
    if (!string(event, "bot_id").isEmpty() || "bot_message".equals(string(event, "subtype"))) {
      return true;
    }
    String user = string(event, "user");
    return identity.userId().filter(user::equals).isPresent();
  }

  private static JsonObject parse(String json) {
    try {
      JsonElement element = JsonParser.parseString(json);
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static JsonObject object(JsonObject parent, String name) {
    JsonElement e = parent.get(name);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  private static String string(JsonObject parent, String name) {
    JsonElement e = parent.get(name);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
  }
}
