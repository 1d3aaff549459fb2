package io.articlebot.core.chat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.util.LruCache;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Recent answers by a short random key, so a button clicked later ("More quotes", 👍) can find the
 * answer it belongs to without putting the question in the button id. Bounded (least recently used
 * go first); lost on restart, in which case the click gets a polite "ask again".
 */
final class AnswerMemory {
  private final LruCache<String, Answer> byKey;

  AnswerMemory(int capacity) {
    this.byKey = new LruCache<>(capacity);
  }

  synchronized String remember(Answer answer) {
    String key;
    do {
      key = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    } while (byKey.containsKey(key));
    byKey.put(key, answer);
    return key;
  }

  Optional<Answer> recall(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
