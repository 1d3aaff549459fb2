package io.articlebot.core.chat;

/** What sort of reply this is, so front ends can pick colours, icons and visibility. */
public enum ReplyKind {
  /** Quotes that answer the question. */
  ANSWER,
  /** The article doesn't say. */
  NO_ANSWER,
  /** Help, about, sources. */
  INFO,
  /** Something about the request itself: empty, too long, cooldown, expired button. */
  NOTICE,
  /** Something went wrong on our side. */
  ERROR
}
