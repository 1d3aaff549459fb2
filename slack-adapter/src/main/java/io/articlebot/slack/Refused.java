package io.articlebot.slack;

/**
 * Thrown by a handler to refuse a request before its ack, so that Slack delivers it again later:
 * the HTTP server answers 503, Socket Mode sends no ack. Bolt passes handler exceptions through
 * (a 503 response from an event handler would be taken for "no handler" instead).
 */
final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Refused(String why) {
    super(why, null, false, false);
  }

  /** The refusal in {@code t} or its causes, if any. */
  static Refused in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof Refused r) {
        return r;
      }
    }
    return null;
  }
}
