package io.articlebot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt middleware, after request verification: a correctly signed event, command or click whose
 * {@code team_id} or {@code api_app_id} is not the bot's own ({@link BotIdentity}) is refused with
 * 403 and logged, and never answered. A signature only proves the sender knows the signing secret;
 * the ids say whether the request is meant for this bot in this workspace.
 */
public final class TeamGate implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(TeamGate.class);
  /** Well inside Slack's 3 s for an ack, and only ever waited for just after start-up. */
  private static final Duration LEARNING_WAIT = Duration.ofSeconds(2);

  private final BotIdentity identity;

  public TeamGate(BotIdentity identity) {
    this.identity = identity;
  }

  private record Ids(String team, String app) {}

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    Ids ids = idsOf(req);
    if (ids == null) {
      return chain.next(req);
    }
    identity.awaitLearned(LEARNING_WAIT);
    Optional<String> team = identity.teamId().filter(own -> !ids.team().isEmpty() && !own.equals(ids.team()));
    Optional<String> app = identity.appId().filter(own -> !ids.app().isEmpty() && !own.equals(ids.app()));
    if (team.isPresent() || app.isPresent()) {
      log.warn("Slack: refused a {} from team {} / app {}: this bot serves team {} / app {}", req.getRequestType(),
          ids.team(), ids.app(), identity.teamId().orElse("?"), identity.appId().orElse("?"));
      return Response.builder().statusCode(403).contentType("text/plain; charset=utf-8")
          .body("this app does not serve that workspace").build();
    }
    return chain.next(req);
  }

  @SuppressWarnings("rawtypes")
  private static Ids idsOf(Request req) {
    if (req instanceof SlashCommandRequest command) {
      return new Ids(nonNull(command.getPayload().getTeamId()), nonNull(command.getPayload().getApiAppId()));
    }
    if (req instanceof BlockActionRequest action) {
      BlockActionPayload p = action.getPayload();
      return new Ids(p.getTeam() == null ? "" : nonNull(p.getTeam().getId()), nonNull(p.getApiAppId()));
    }
    if (req.getRequestType() == RequestType.Event) {
      try {
        JsonElement body = JsonParser.parseString(req.getRequestBodyAsString());
        if (body.isJsonObject()) {
          JsonObject o = body.getAsJsonObject();
          return new Ids(string(o, "team_id"), string(o, "api_app_id"));
        }
      } catch (RuntimeException unreadable) {
        // left to Bolt, which refuses what it cannot parse
      }
    }
    return null;
  }

  private static String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
