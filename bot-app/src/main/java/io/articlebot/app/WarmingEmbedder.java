package io.articlebot.app;

import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingException;
import io.articlebot.core.embedding.TextEmbedding;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.embedding.TokenVectors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared embedding model, loading on a thread of its own once {@link #start started}: a start
 * opens the index on disk meanwhile, and the first question, which needs the model, waits only for
 * what is left of the load. Knows the model's id without loading it (the index's version names it).
 * Whoever starts it and then fails must {@link #settle} before the process exits: a JVM that exits
 * while the model's native library is being loaded can abort.
 */
final class WarmingEmbedder implements TextEmbedder {
  private final CompletableFuture<BgeSmallEmbedder> model = new CompletableFuture<>();
  private final AtomicBoolean started = new AtomicBoolean();

  /** Starts loading the model (once). */
  void start() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        model.complete(BgeSmallEmbedder.shared());
      } catch (RuntimeException | Error e) {
        model.completeExceptionally(e);
      }
    }, "embedding-model-load");
    t.setDaemon(true);
    t.start();
  }

  /** Waits for a load under way to end, however it ends. */
  void settle() {
    if (started.get()) {
      try {
        model.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // it failed: nothing is loading any more
      }
    }
  }

  private TextEmbedder model() {
    start();
    try {
      return model.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddingException("Interrupted while the embedding model " + BgeSmallEmbedder.MODEL_ID + " was loading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new EmbeddingException("Cannot start the embedding model " + BgeSmallEmbedder.MODEL_ID + ": " + e.getCause(), e.getCause());
    }
  }

  @Override
  public String modelId() {
    return BgeSmallEmbedder.MODEL_ID;
  }

  @Override
  public int dimension() {
    return model().dimension();
  }

  @Override
  public TextEmbedding embedQuestionWithTokens(String question) {
    return model().embedQuestionWithTokens(question);
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    return model().embedPassages(texts);
  }

  @Override
  public List<TokenVectors> embedTokens(List<String> passages) {
    return model().embedTokens(passages);
  }

  @Override
  public List<TextEmbedding> embedPassagesWithTokens(List<String> passages) {
    return model().embedPassagesWithTokens(passages);
  }
}
