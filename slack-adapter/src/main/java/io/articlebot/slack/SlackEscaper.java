package io.articlebot.slack;

/**
 * Escapes text for Slack's mrkdwn and {@code text} fields. Slack treats {@code <...>} as control
 * sequences (links, {@code <!channel>}, {@code <@U123>} pings), so every piece of article or user
 * text goes through here; only {@code &}, {@code <} and {@code >} need escaping, as Slack documents.
 */
public final class SlackEscaper {
  private SlackEscaper() {}

  public static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
