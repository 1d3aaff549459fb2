package io.articlebot.core.chat;

/** A running connection to one chat platform. */
public interface FrontEnd extends AutoCloseable {
  String name();

  /** Connects or starts listening; returns once the front end is serving, or fails fast. */
  void start() throws StartupException;

  /** Disconnects; never throws. */
  @Override
  void close();
}
