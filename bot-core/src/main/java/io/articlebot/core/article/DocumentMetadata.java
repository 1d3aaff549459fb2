package io.articlebot.core.article;

/**
 * What a document says about itself: a web page's {@code og:}/{@code article:} tags, JSON-LD,
 * {@code <link rel=canonical>} and {@code <time>}; a PDF's document information. Blank when the
 * document does not say.
 *
 * @param siteName the publisher or site, e.g. "Wikipedia"
 * @param canonicalUrl an absolute http(s) URL, or blank
 */
public record DocumentMetadata(String title, String byline, String date, String canonicalUrl, String siteName) {
  public static final DocumentMetadata NONE = new DocumentMetadata("", "", "", "", "");

  public DocumentMetadata {
    title = clean(title);
    byline = clean(byline);
    date = clean(date);
    canonicalUrl = clean(canonicalUrl);
    siteName = clean(siteName);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
