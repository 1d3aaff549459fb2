package io.articlebot.core.article;

/** The role a paragraph plays in a (possibly scraped) article. */
public enum ParagraphKind {
  BODY,
  /** A Markdown heading, or a short unpunctuated line that titles what follows ("3. Payments"). */
  HEADING,
  /** A bullet or numbered list item. */
  LIST_ITEM,
  /** A summary or teaser that is complete on its own; indexed like the body. */
  SUMMARY,
  /**
   * A summary cut off mid-sentence that repeats the start of a later paragraph. Never quoted:
   * the full paragraph says the same and more.
   */
  TRUNCATED_SUMMARY,
  /** "(Image Source: ...)", "Photo: ...". Answerable, but never the source of the article. */
  IMAGE_CREDIT,
  /** "来源:钛媒体APP", "Source: Reuters": the publisher. Answerable, and shown in the footer. */
  SOURCE_LINE;

  public boolean isIndexed() {
    return this != TRUNCATED_SUMMARY;
  }
}
