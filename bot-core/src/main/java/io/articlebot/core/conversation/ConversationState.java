package io.articlebot.core.conversation;

import io.articlebot.core.answer.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a conversation remembers: its last few questions and every passage already shown in it
 * (so a follow-up that finds the same passage again says so instead of repeating it).
 */
record ConversationState(List<Turn> turns, List<Shown> shown, Instant lastActive) {
  static final int MAX_TURNS = 4;
  static final int MAX_SHOWN = 64;

  /** A passage shown to the user, {@code [start, end)} in an article. */
  record Shown(String articleId, int start, int end) {
    static Shown of(Quote q) {
      return new Shown(q.citation().articleId(), q.start(), q.end());
    }

    boolean covers(Quote q) {
      return articleId.equals(q.citation().articleId()) && start <= q.start() && q.end() <= end;
    }

    boolean overlaps(String article, int from, int to) {
      return articleId.equals(article) && from < end && start < to;
    }
  }

  ConversationState {
    turns = List.copyOf(turns);
    shown = List.copyOf(shown);
  }

  static ConversationState empty(Instant now) {
    return new ConversationState(List.of(), List.of(), now);
  }

  Turn last() {
    return turns.isEmpty() ? null : turns.get(turns.size() - 1);
  }

  boolean alreadyShown(Quote q) {
    return shown.stream().anyMatch(s -> s.covers(q));
  }

  ConversationState with(Turn turn, List<Quote> newlyShown, Instant now) {
    List<Turn> t = new ArrayList<>(turns);
    t.add(turn);
    while (t.size() > MAX_TURNS) {
      t.remove(0);
    }
    return new ConversationState(t, addShown(newlyShown), now);
  }

  /** The same turns with {@code turn} at {@code index} replaced. */
  ConversationState replacing(int index, Turn turn, List<Quote> newlyShown, Instant now) {
    List<Turn> t = new ArrayList<>(turns);
    t.set(index, turn);
    return new ConversationState(t, addShown(newlyShown), now);
  }

  private List<Shown> addShown(List<Quote> quotes) {
    List<Shown> s = new ArrayList<>(shown);
    quotes.forEach(q -> s.add(Shown.of(q)));
    while (s.size() > MAX_SHOWN) {
      s.remove(0);
    }
    return s;
  }
}
