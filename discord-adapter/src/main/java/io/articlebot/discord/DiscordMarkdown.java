package io.articlebot.discord;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.chat.Highlighting;

/**
 * Discord's Markdown, as far as the adapter needs it: escaping so that article and user text
 * renders exactly as written, and block-quoted quotes with the matched words in bold.
 */
public final class DiscordMarkdown {
  /**
   * Characters that start some Markdown construct in Discord (emphasis, code, spoilers, quotes,
   * headings, lists, masked links, mentions, custom emoji and timestamps). Discord drops a
   * backslash before any ASCII punctuation, so escaping a harmless one costs a character but never
   * shows. The colon stays as it is so that links in an article remain links.
   */
  private static final String SPECIAL = "\\*_~`|>#-+[]()<@";

  private DiscordMarkdown() {}

  /** {@code text} with every Markdown-significant character backslash-escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code raw} escaped, shortened at a word boundary (with an ellipsis) until the escaped form has
   * at most {@code max} characters. Only for our own and the user's words, never for quotes, which
   * are split with {@link io.articlebot.core.chat.QuoteFitter} instead.
   */
  public static String escapeWithin(String raw, int max) {
    String out = escape(raw);
    int keep = raw.length();
    while (out.length() > max) {
      keep -= Math.max(1, out.length() - max);
      out = escape(shorten(raw, Math.max(1, keep)));
    }
    return out;
  }

  /** {@code text} cut to at most {@code max} characters at the last space, with an ellipsis. */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 1) {
      return "…";
    }
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut <= 0) {
      cut = Character.isLowSurrogate(text.charAt(max - 1)) ? max - 2 : max - 1;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }

  /**
   * The quote as one block-quote line, matched words in bold. A quote that begins like an ordered
   * list ("1. ...") would become a list inside the block quote, so its dot is escaped as well.
   */
  public static String blockQuote(Quote quote) {
    String rendered = Highlighting.render(quote, DiscordMarkdown::escape, "**", "**");
    return "> " + rendered.replaceFirst("^(\\d+)\\.", "$1\\\\.");
  }

  /**
   * Removes what {@link #escape} and {@link #blockQuote} added: for tests and for checking that a
   * rendered quote still reads as the exact source words.
   */
  public static String strip(String markdown) {
    String text = markdown.startsWith("> ") ? markdown.substring(2) : markdown;
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(text.charAt(++i));
      } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
