package io.articlebot.core.chat;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises input made only of search-engine syntax ({@code title:* AND (}, {@code "" OR ~2}),
 * with no word the user could be asking about. The answerer would read the field names and
 * operators as words and might quote something with confidence; the chat layer answers such input
 * with a notice instead. Input with any real word ({@code title:deepseek}) is still a question.
 */
final class QuerySyntax {
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO", "&&", "||");
  /** {@code field:value}: a field name, a colon, and whatever follows (possibly nothing). */
  private static final Pattern FIELD = Pattern.compile("^[+\\-!]?[\\p{L}\\p{N}_.]+:(.*)$");
  /** Boosts and fuzziness ({@code ^2}, {@code ~0.8}) at the end of a term. */
  private static final Pattern MODIFIER = Pattern.compile("[\\^~][0-9.]*$");

  private QuerySyntax() {}

  /** True when {@code text} has syntax and nothing else: every token is an operator, a bare field or punctuation. */
  static boolean onlySyntax(String text) {
    boolean syntax = false;
    for (String token : text.strip().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (OPERATORS.contains(token)) {
        syntax = true;
        continue;
      }
      String value = token;
      var field = FIELD.matcher(token);
      if (field.matches()) {
        syntax = true;
        value = field.group(1);
      }
      String bare = MODIFIER.matcher(value).replaceAll("");
      if (bare.length() != value.length() || bare.chars().anyMatch(c -> "*?()[]{}\"\\".indexOf(c) >= 0)) {
        syntax = true;
      }
      if (bare.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return syntax;
  }
}
