package io.articlebot.core.conversation;

import java.util.Objects;

/**
 * A name the articles use, such as {@code DeepSeek} or {@code Liang Wenfeng}.
 *
 * @param text as the article writes it
 * @param key lower-case words joined by single spaces, for matching what users type
 * @param person whether it looks like a person's name (see {@link ArticleNames})
 */
record Name(String text, String key, boolean person) {
  Name {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
  }

  int words() {
    return key.split(" ").length;
  }
}
