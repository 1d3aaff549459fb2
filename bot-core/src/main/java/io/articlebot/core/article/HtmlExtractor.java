package io.articlebot.core.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A web page (saved or fetched), parsed with jsoup: its metadata ({@link HtmlMetadata}) and its main
 * text without navigation, ads, footers, scripts, infoboxes and reference lists ({@link HtmlMainText}).
 */
final class HtmlExtractor implements ArticleExtractor {
  @Override
  public DocumentFormat format() {
    return DocumentFormat.HTML;
  }

  @Override
  public ExtractedText extract(ArticleContent content) throws ArticleLoader.ArticleException {
    Document doc;
    try (InputStream in = new ByteArrayInputStream(content.bytes())) {
      // A declared charset wins; otherwise jsoup reads the BOM or <meta charset>, else UTF-8.
      String charset = Extractors.charsetOf(content.contentType()).map(Charset::name).orElse(null);
      doc = Jsoup.parse(in, charset, content.baseUrl() == null ? "" : content.baseUrl());
    } catch (IOException | RuntimeException e) {
      throw new ArticleLoader.ArticleException("Cannot read the web page " + content.name() + ": " + e.getMessage(), e);
    }
    DocumentMetadata metadata = HtmlMetadata.read(doc);
    return new ExtractedText(HtmlMainText.of(doc, metadata.title()), DocumentFormat.HTML, metadata);
  }
}
