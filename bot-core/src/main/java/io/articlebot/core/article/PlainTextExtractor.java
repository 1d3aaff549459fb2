package io.articlebot.core.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Plain text and Markdown: the file's text exactly as it is (minus a byte-order mark). */
final class PlainTextExtractor implements ArticleExtractor {
  private final DocumentFormat format;

  PlainTextExtractor(DocumentFormat format) {
    this.format = format;
  }

  @Override
  public DocumentFormat format() {
    return format;
  }

  @Override
  public ExtractedText extract(ArticleContent content) throws ArticleLoader.ArticleException {
    Charset charset = Extractors.charsetOf(content.contentType()).orElse(StandardCharsets.UTF_8);
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content.bytes()))
          .toString();
      return new ExtractedText(text.startsWith("\uFEFF") ? text.substring(1) : text, format, DocumentMetadata.NONE);
    } catch (CharacterCodingException e) {
      throw new ArticleLoader.ArticleException("Article " + content.name() + " is not " + charset.name()
          + " text. Convert it, e.g. iconv -f latin1 -t utf-8.", e);
    }
  }
}
