package io.articlebot.core.chat;

import java.util.Objects;

/**
 * A button under a reply. Its {@code id} comes back through {@link ChatService#handleButton} when
 * clicked; it fits every platform's limit (Discord: 100 characters, Slack: 255).
 */
public record ReplyButton(String id, String label, Action action) {
  public static final int MAX_ID_LENGTH = 100;

  /** CLOSEST, under "the article doesn't say": the passages that came nearest, marked as not an answer. */
  public enum Action { MORE_QUOTES, CLOSEST, HELPFUL, NOT_HELPFUL }

  public ReplyButton {
    Objects.requireNonNull(action, "action");
    if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("button id must be 1 to " + MAX_ID_LENGTH + " characters");
    }
    if (label == null || label.isBlank() || label.length() > 80) {
      throw new IllegalArgumentException("button label must be 1 to 80 characters");
    }
  }
}
