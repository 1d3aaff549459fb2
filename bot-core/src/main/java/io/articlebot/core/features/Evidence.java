package io.articlebot.core.features;

/**
 * Which way an input may move the model: a passage that covers more of the question, or is
 * nearer it, is never worse evidence; one that lacks a name the question is about is never
 * better. Training keeps each weight on its side ({@code FOR} at or above zero, {@code AGAINST}
 * at or below), so the model cannot learn an accident of one data set, such as SQuAD's
 * unanswerable questions reusing the article's words more than its answerable ones do.
 */
public enum Evidence {
  /** More of it never lowers the score. */
  FOR,
  /** More of it never raises the score. */
  AGAINST,
  /** Either way: the data decide. */
  EITHER;

  /** +1, −1 or 0: the sign a weight must keep. */
  public double sign() {
    return switch (this) {
      case FOR -> 1;
      case AGAINST -> -1;
      case EITHER -> 0;
    };
  }

  public Evidence reversed() {
    return switch (this) {
      case FOR -> AGAINST;
      case AGAINST -> FOR;
      case EITHER -> EITHER;
    };
  }
}
