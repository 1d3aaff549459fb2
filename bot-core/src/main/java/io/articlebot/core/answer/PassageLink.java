package io.articlebot.core.answer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A link to a passage of a web page: the page's URL with a text fragment
 * ({@code #:~:text=start,end}, WICG "URL Fragment Text Directives"), which Chrome, Edge, Safari and
 * Firefox scroll to and highlight. A short passage is matched whole; a longer one by its first and
 * last words, which keeps the link short and still lands on the passage. Terms are
 * percent-encoded, {@code -}, {@code ,} and {@code &} included as the directive syntax requires, and
 * so are characters that would end a Markdown or Slack link early ({@code ( ) | < >}).
 */
public final class PassageLink {
  /** Passages of at most this many words are matched whole. */
  static final int WHOLE_MAX_WORDS = 8;
  private static final String LIST_MARKER = "^(?:[•\\-*+]|\\d{1,3}[.)])\\s+";

  private PassageLink() {}

  /** {@code url} with a text directive for {@code passage}; {@code url} alone when there is nothing to match. */
  public static String to(String url, String passage) {
    String base = safeUrl(url.contains("#") ? url.substring(0, url.indexOf('#')) : url);
    String text = passage.replaceAll("\\s+", " ").strip().replaceFirst(LIST_MARKER, "");
    String[] words = text.isEmpty() ? new String[0] : text.split(" ");
    if (words.length == 0) {
      return base;
    }
    if (words.length <= WHOLE_MAX_WORDS) {
      return base + "#:~:text=" + encode(text);
    }
    int n = words.length >= 12 ? 5 : 4;
    String start = String.join(" ", Arrays.copyOfRange(words, 0, n));
    String end = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
    return base + "#:~:text=" + encode(start) + "," + encode(end);
  }

  /** Percent-encodes a directive term: everything but ASCII letters, digits and {@code . _ ~}. */
  static String encode(String term) {
    StringBuilder out = new StringBuilder(term.length() * 2);
    for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** The URL with the characters that end a Markdown or Slack link percent-encoded; the same address. */
  static String safeUrl(String url) {
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("|", "%7C")
        .replace("<", "%3C").replace(">", "%3E");
  }
}
