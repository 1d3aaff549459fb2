package io.articlebot.core.article;

import java.util.Objects;

/**
 * What an {@link ArticleExtractor} made of a document: the text the bot reads, indexes and quotes
 * (every quote is a slice of it), and the document's own metadata.
 */
public record ExtractedText(String text, DocumentFormat format, DocumentMetadata metadata) {
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    metadata = metadata == null ? DocumentMetadata.NONE : metadata;
  }
}
