package io.articlebot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Slack payloads in their real formats, from {@code src/test/resources/fixtures}. */
final class Fixtures {
  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(String name) {
    return JsonParser.parseString(text(name)).getAsJsonObject();
  }

  /** The slash command form body with {@code text} and {@code response_url} filled in. */
  static String slashCommand(String text, String responseUrl) {
    return text("slash_command_ask.txt")
        .replace("${text}", SignedSlackClient.form(text))
        .replace("${response_url}", SignedSlackClient.form(responseUrl));
  }

  /** An event_callback fixture with its own event id. */
  static JsonObject event(String name, String eventId) {
    JsonObject o = json(name);
    o.addProperty("event_id", eventId);
    return o;
  }

  /** A block_actions click on {@code actionId}, as Slack posts it: a form with one {@code payload} field. */
  static String blockAction(String actionId, String responseUrl, boolean ephemeralContainer) {
    JsonObject o = json("block_actions.json");
    JsonObject action = o.getAsJsonArray("actions").get(0).getAsJsonObject();
    action.addProperty("action_id", actionId);
    action.addProperty("value", actionId);
    o.addProperty("response_url", responseUrl);
    o.getAsJsonObject("container").addProperty("is_ephemeral", ephemeralContainer);
    return "payload=" + SignedSlackClient.form(o.toString());
  }
}
