package io.articlebot.core.chat;

import java.time.Duration;

/** A running connection to one chat platform. */
public interface FrontEnd extends AutoCloseable {
  String name();

  /** Connects or starts listening; returns once the front end is serving, or fails fast. */
  void start() throws StartupException;

  /** Whether it is connected and taking requests now (for a readiness check). */
  default boolean ready() {
    return true;
  }

  /**
   * A graceful stop: takes no new requests, finishes those already acknowledged within
   * {@code grace}, gives up (and logs) the rest, then closes. Never throws.
   */
  default void stop(Duration grace) {
    close();
  }

  /** Disconnects; never throws. */
  @Override
  void close();
}
