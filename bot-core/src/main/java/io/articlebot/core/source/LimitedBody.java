package io.articlebot.core.source;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as it streams in, up to a limit: past it the download is cancelled, so a
 * huge page costs at most the limit in memory. A body refused up front (an error status, an image)
 * is not read at all.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** Why a body was not read; its message is for people. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final long maxBytes;
  private final String tooLarge;
  private final String refusal;
  private Flow.Subscription subscription;

  /** @param refusal non-null to refuse the body without reading it */
  LimitedBody(long maxBytes, String tooLarge, String refusal) {
    this.maxBytes = maxBytes;
    this.tooLarge = tooLarge;
    this.refusal = refusal;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (refusal != null) {
      s.cancel();
      result.completeExceptionally(new Refused(refusal));
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      if (out.size() + (long) b.remaining() > maxBytes) {
        subscription.cancel();
        result.completeExceptionally(new Refused(tooLarge));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
