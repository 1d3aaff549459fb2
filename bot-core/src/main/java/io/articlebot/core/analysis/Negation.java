package io.articlebot.core.analysis;

import java.util.regex.Pattern;

/** Whether a text is negated ("not", "never", "didn't"...): SQuAD-style traps often insert one. */
public final class Negation {
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(?:not|never|no|none|nor|neither|without|cannot)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);

  private Negation() {}

  public static boolean in(String text) {
    return NEGATION.matcher(text).find();
  }
}
