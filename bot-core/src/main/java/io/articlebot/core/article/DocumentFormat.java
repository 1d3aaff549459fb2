package io.articlebot.core.article;

/** The kind of document an article was read from. */
public enum DocumentFormat {
  TEXT("text"),
  MARKDOWN("Markdown"),
  HTML("web page"),
  PDF("PDF");

  private final String label;

  DocumentFormat(String label) {
    this.label = label;
  }

  /** How a person would name it: "web page", "PDF". */
  public String label() {
    return label;
  }

  /**
   * Whether a browser can jump to a passage of it with a text fragment ({@code #:~:text=}).
   * Browsers' PDF viewers do not support them.
   */
  public boolean supportsTextFragments() {
    return this != PDF;
  }

  /** Whether the bot reads a text of its own making (kept in the data folder) rather than the file. */
  public boolean isExtracted() {
    return this == HTML || this == PDF;
  }
}
