package io.articlebot.core.query;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Question vectors embedded ahead of time. The embedding model takes most of a question's time and,
 * on two cores, leaves much of the second idle; a batch that knows its next lines can embed them on
 * a worker while the current one goes through the rest of the pipeline. Each vector is handed out
 * once (a vector is whatever {@code V} the embedder gives); at most {@code capacity} wait, the
 * oldest dropped first. Thread-safe.
 */
final class QuestionVectors<V> {
  private final int capacity;
  private final Map<String, CompletableFuture<V>> ahead = new LinkedHashMap<>();

  QuestionVectors(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** Embeds {@code text} on the calling thread for a later {@link #take}, unless it is already waiting. */
  void embedAhead(String text, Function<String, V> embed) {
    CompletableFuture<V> vector = new CompletableFuture<>();
    synchronized (this) {
      if (ahead.putIfAbsent(text, vector) != null) {
        return;
      }
      Iterator<CompletableFuture<V>> oldest = ahead.values().iterator();
      while (ahead.size() > capacity) {
        oldest.next();
        oldest.remove();
      }
    }
    try {
      vector.complete(embed.apply(text));
    } catch (RuntimeException e) {
      vector.completeExceptionally(e);
    }
  }

  /**
   * The vector embedded ahead for {@code text}, waiting for it if it is being computed; otherwise, or
   * if that failed, embeds it here (where a failure reaches the caller).
   */
  V take(String text, Function<String, V> embed) {
    CompletableFuture<V> vector;
    synchronized (this) {
      vector = ahead.remove(text);
    }
    if (vector != null) {
      try {
        return vector.join();
      } catch (CompletionException | java.util.concurrent.CancellationException e) {
        // embed it again below, so the caller sees the failure as its own
      }
    }
    return embed.apply(text);
  }

  synchronized int waiting() {
    return ahead.size();
  }
}
