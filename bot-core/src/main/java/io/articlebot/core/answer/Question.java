package io.articlebot.core.answer;

/**
 * A question as the user typed it, after chat noise (mentions, surrounding whitespace) is removed.
 * Length limits are the chat layer's job, so that it can answer with a friendly message; this
 * record only refuses what can never be a question.
 */
public record Question(String text) {
  /** Hard ceiling, far above the chat limit, so a runaway caller cannot feed megabytes in. */
  public static final int MAX_CHARS = 10_000;

  public Question {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a question needs some text");
    }
    text = text.strip();
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException("question longer than " + MAX_CHARS + " characters");
    }
  }
}
