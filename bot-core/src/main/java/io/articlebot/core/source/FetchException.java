package io.articlebot.core.source;

import java.io.IOException;

/** A page that could not be fetched, with a message fit to show the person running the bot. */
public final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
