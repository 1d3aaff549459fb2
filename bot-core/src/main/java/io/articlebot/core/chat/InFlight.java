package io.articlebot.core.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests a front end has acknowledged to its platform and not yet finished: each ends
 * exactly once, answered or given up, and the {@link Listener} hears which (the front end logs
 * it). Bounded: beyond {@code capacity} a front end refuses work it could not finish soon, and
 * says so, instead of acknowledging it and falling silent. A graceful stop waits for this to drain,
 * then gives up what is left. Thread-safe.
 */
public final class InFlight {
  /** Hears how every request ended; called once per request, on the thread that ended it. */
  public interface Listener {
    void finished(Request request, boolean answered, String why);
  }

  /** One acknowledged request. */
  public final class Request {
    private final long id;
    private final String what;
    private final Instant acked;
    private final boolean shortReply;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile boolean sending;

    private Request(long id, String what, Instant acked, boolean shortReply) {
      this.id = id;
      this.what = what;
      this.acked = acked;
      this.shortReply = shortReply;
    }

    /** A number unique in this process, for log lines. */
    public long id() {
      return id;
    }

    /** What it is, for log lines: never what the user typed, never a raw user id. */
    public String what() {
      return what;
    }

    public Instant acked() {
      return acked;
    }

    public boolean isDone() {
      return done.get();
    }

    /** Marks its reply as being sent right now (or no longer), so a stop can let that finish. */
    public void sending(boolean value) {
      sending = value;
    }

    public boolean isSending() {
      return sending;
    }

    /** Its reply was delivered. False when it had already ended. */
    public boolean answered() {
      return finish(true, "answered");
    }

    /** Nothing will be delivered, for {@code why}. False when it had already ended. */
    public boolean gaveUp(String why) {
      return finish(false, why);
    }

    private boolean finish(boolean answered, String why) {
      if (!done.compareAndSet(false, true)) {
        return false;
      }
      synchronized (InFlight.this) {
        open.remove(id);
        if (shortReply) {
          openShort--;
        }
      }
      (answered ? answeredCount : gaveUpCount).incrementAndGet();
      try {
        listener.finished(this, answered, why);
      } finally {
        synchronized (InFlight.this) {
          InFlight.this.notifyAll();
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return what + " (request #" + id + ")";
    }
  }

  private final int capacity;
  private final int reserve;
  private final Listener listener;
  private final Clock clock;
  private final Map<Long, Request> open = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong answeredCount = new AtomicLong();
  private final AtomicLong gaveUpCount = new AtomicLong();
  private int openShort;

  /**
   * @param capacity requests that may be open at once for real work
   * @param reserve requests allowed, besides, only for short replies such as "busy, try later"
   */
  public InFlight(int capacity, int reserve, Listener listener, Clock clock) {
    if (capacity < 1 || reserve < 0) {
      throw new IllegalArgumentException("capacity must be positive and reserve not negative");
    }
    this.capacity = capacity;
    this.reserve = reserve;
    this.listener = listener;
    this.clock = clock;
  }

  /** A request for real work, or empty when {@code capacity} are open already. */
  public synchronized Optional<Request> tryOpen(String what) {
    return open.size() - openShort >= capacity ? Optional.empty() : Optional.of(open(what, false));
  }

  /** A request for a short reply, counted against the reserve only; empty when that is full. */
  public synchronized Optional<Request> tryOpenShort(String what) {
    if (openShort >= reserve) {
      return Optional.empty();
    }
    openShort++;
    return Optional.of(open(what, true));
  }

  private Request open(String what, boolean shortReply) {
    Request r = new Request(ids.incrementAndGet(), what, clock.instant(), shortReply);
    open.put(r.id, r);
    return r;
  }

  public int size() {
    return open.size();
  }

  public long answeredCount() {
    return answeredCount.get();
  }

  public long gaveUpCount() {
    return gaveUpCount.get();
  }

  /** Waits until nothing is open or {@code timeout} passed; true when nothing is open. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (!open.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, Math.min(left / 1_000_000, 100)));
      }
      return true;
    }
  }

  /** How a drain went: how many requests were answered and given up while it lasted. */
  public record Drained(long answered, long gaveUp) {}

  /**
   * A graceful stop's second half, once no new request can arrive: waits up to {@code grace} for
   * the open requests to end; then gives up those not being sent, waits up to {@code onTheWire}
   * more for those being sent, and gives up whatever is left, each for {@code why}.
   */
  public Drained drain(Duration grace, Duration onTheWire, String why) {
    long answeredBefore = answeredCount();
    long gaveUpBefore = gaveUpCount();
    if (!awaitIdleQuietly(grace)) {
      giveUpWaiting(why);
      if (!awaitIdleQuietly(onTheWire)) {
        giveUpAll(why + "; its reply was on its way, so it may still arrive");
      }
    }
    return new Drained(answeredCount() - answeredBefore, gaveUpCount() - gaveUpBefore);
  }

  private boolean awaitIdleQuietly(Duration timeout) {
    try {
      return awaitIdle(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Gives up every open request for {@code why}; returns how many there were. */
  public int giveUpAll(String why) {
    return giveUp(why, false);
  }

  /**
   * Gives up the open requests whose reply is not being sent at this moment; those being sent may
   * still arrive, and are left to finish.
   */
  public int giveUpWaiting(String why) {
    return giveUp(why, true);
  }

  private int giveUp(String why, boolean exceptSending) {
    List<Request> left = new ArrayList<>(open.values());
    left.sort((a, b) -> Long.compare(a.id, b.id));
    int n = 0;
    for (Request r : left) {
      if (!(exceptSending && r.isSending()) && r.gaveUp(why)) {
        n++;
      }
    }
    return n;
  }
}
