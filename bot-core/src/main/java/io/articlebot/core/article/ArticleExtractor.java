package io.articlebot.core.article;

/**
 * Turns one document format into the plain text the bot reads: paragraphs separated by blank
 * lines, Markdown-style {@code #} headings, list items on their own lines. Implementations are
 * stateless and thread-safe. {@link Extractors#forContent} picks one.
 */
public interface ArticleExtractor {
  DocumentFormat format();

  /** @throws ArticleLoader.ArticleException with a message fit to show the person starting the bot */
  ExtractedText extract(ArticleContent content) throws ArticleLoader.ArticleException;
}
