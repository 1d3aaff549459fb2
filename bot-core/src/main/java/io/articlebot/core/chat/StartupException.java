package io.articlebot.core.chat;

/**
 * Start-up cannot go on. The message says what is wrong and how to fix it; the launcher prints it
 * without a stack trace and exits non-zero.
 */
public class StartupException extends Exception {
  private static final long serialVersionUID = 1L;

  public StartupException(String howToFix) {
    super(howToFix);
  }

  public StartupException(String howToFix, Throwable cause) {
    super(howToFix, cause);
  }
}
