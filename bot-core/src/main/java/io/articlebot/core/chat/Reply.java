package io.articlebot.core.chat;

import io.articlebot.core.answer.Quote;
import java.util.List;
import java.util.Objects;

/**
 * What the bot says back, independent of any platform. Front ends render it: Discord as an embed,
 * Slack as Block Kit, the console as plain text.
 *
 * @param title a heading: the question, or "Help", ...
 * @param body plain text shown above the quotes (may be empty); never contains markup
 * @param quotes verbatim quotes, best first (may be empty)
 * @param footer small print: the source line, confidence (may be empty)
 * @param buttons "More quotes", 👍, 👎 (may be empty)
 * @param ephemeral show only to the asker where the platform can (cooldowns, input errors)
 */
public record Reply(
    ReplyKind kind,
    String title,
    String body,
    List<Quote> quotes,
    String footer,
    List<ReplyButton> buttons,
    boolean ephemeral) {

  public Reply {
    Objects.requireNonNull(kind, "kind");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    footer = footer == null ? "" : footer;
    quotes = List.copyOf(quotes);
    buttons = List.copyOf(buttons);
    if (title.isBlank() && body.isBlank() && quotes.isEmpty()) {
      throw new IllegalArgumentException("a reply must say something");
    }
  }

  public static Reply notice(String body) {
    return new Reply(ReplyKind.NOTICE, "", body, List.of(), "", List.of(), true);
  }

  public static Reply info(String title, String body) {
    return new Reply(ReplyKind.INFO, title, body, List.of(), "", List.of(), false);
  }

  public static Reply error(String body) {
    return new Reply(ReplyKind.ERROR, "", body, List.of(), "", List.of(), true);
  }

  public Reply withEphemeral(boolean value) {
    return new Reply(kind, title, body, quotes, footer, buttons, value);
  }

  /**
   * A markup-free rendering: the notification fallback on Slack, the console chat, logs of
   * tests. Quotes keep their exact words.
   */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    if (!title.isBlank()) {
      out.append(title).append('\n');
    }
    if (!body.isBlank()) {
      out.append(body).append('\n');
    }
    for (Quote q : quotes) {
      out.append("> ").append(q.displayText()).append('\n');
      out.append("  — ").append(q.citation().label()).append('\n');
    }
    if (!footer.isBlank()) {
      out.append(footer).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
