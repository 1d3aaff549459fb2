package io.articlebot.slack;

import io.articlebot.core.chat.InFlight;
import io.articlebot.core.chat.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits requests ({@link InFlight}: bounded, so the bot never acks what it cannot finish) and runs
 * the slow part of each (answering) off the request thread, so Slack gets its ack at once. Every
 * failure goes through the {@link SlackErrorHandler}; a request that can get neither its answer nor
 * an apology is given up, never left open.
 */
public final class Workers {
  private static final Logger log = LoggerFactory.getLogger(Workers.class);

  private final Executor executor;
  private final InFlight inFlight;
  private final SlackErrorHandler errors;
  private final Counter busy;

  public Workers(Executor executor, InFlight inFlight, SlackErrorHandler errors, MeterRegistry meters) {
    this.executor = executor;
    this.inFlight = inFlight;
    this.errors = errors;
    this.busy = meters.counter("articlebot.requests.busy", "frontend", "slack");
  }

  /** A request for real work, or empty when the bot is too busy to take it. */
  public Optional<InFlight.Request> admit(String what) {
    Optional<InFlight.Request> r = inFlight.tryOpen(what);
    if (r.isEmpty()) {
      busy.increment();
      log.warn("Slack: too busy for {} ({} requests open); it gets the busy reply", what, inFlight.size());
    }
    return r;
  }

  /** A request whose only reply is the short "busy" notice; empty when even those are too many. */
  public Optional<InFlight.Request> admitBusyReply(String what) {
    return inFlight.tryOpenShort(what + " (busy reply)");
  }

  /**
   * @param apology where a polite "something went wrong" goes if {@code task} fails
   */
  public void submit(InFlight.Request request, Runnable task, Consumer<Reply> apology) {
    try {
      executor.execute(() -> {
        if (!errors.run(request.what(), task, apology)) {
          request.gaveUp("could neither answer nor apologise");
        }
      });
    } catch (RejectedExecutionException e) {
      request.gaveUp("the bot is shutting down");
    }
  }

  /** The busy notice, for requests turned away after the ack. */
  static Reply busy() {
    return Reply.notice(SlackErrorHandler.BUSY);
  }
}
