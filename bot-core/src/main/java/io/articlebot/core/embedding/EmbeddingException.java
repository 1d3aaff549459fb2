package io.articlebot.core.embedding;

/** The embedding model could not be loaded or run; the message says what to do. */
public final class EmbeddingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmbeddingException(String message, Throwable cause) {
    super(message, cause);
  }
}
