package io.articlebot.core.conversation;

import io.articlebot.core.util.LruCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Conversations by key, forgotten after an idle time (and, beyond a bound, least recently used
 * first). In memory only: a restart starts every conversation afresh.
 */
final class ConversationStore {
  private final LruCache<String, ConversationState> states;
  private final Duration idle;
  private final Clock clock;

  ConversationStore(int capacity, Duration idle, Clock clock) {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle time must be positive");
    }
    this.states = new LruCache<>(capacity);
    this.idle = idle;
    this.clock = clock;
  }

  /** The conversation at {@code id}, unless it has been idle too long. */
  Optional<ConversationState> live(String id) {
    ConversationState s = states.get(id);
    if (s == null || !clock.instant().isBefore(s.lastActive().plus(idle))) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  void save(ConversationKey key, ConversationState state) {
    for (String id : key.all()) {
      states.put(id, state);
    }
  }

  void copy(String from, String to) {
    live(from).ifPresent(s -> states.put(to, s));
  }

  Clock clock() {
    return clock;
  }
}
