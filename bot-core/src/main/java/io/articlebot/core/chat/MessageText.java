package io.articlebot.core.chat;

import java.util.regex.Pattern;

/**
 * Cleans what a user typed into the words of a question: platform mention tokens go (so that
 * "@bot who founded it?" asks "who founded it?", and a pasted {@code @everyone} asks nothing of
 * anyone), whitespace is folded.
 */
public final class MessageText {
  private static final Pattern MENTIONS = Pattern.compile(
      "<@[!&]?\\d+>"                       // Discord user / role mentions
          + "|<@[UWB][A-Z0-9]+(?:\\|[^>]*)?>"  // Slack user mentions
          + "|<![a-z^][^>]*>"                   // Slack <!channel>, <!here>, <!subteam^...>
          + "|<#[^>]+>"                         // channel links on both platforms
          + "|(?<![\\w@])@(?:everyone|here|channel)\\b");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private MessageText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.indexOf('<') < 0 && raw.indexOf('@') < 0 ? raw : MENTIONS.matcher(raw).replaceAll(" ");
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** True when the text has at least one letter or digit in any script. */
  public static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
