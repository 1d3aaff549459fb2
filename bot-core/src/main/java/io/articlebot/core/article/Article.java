package io.articlebot.core.article;

import io.articlebot.core.answer.ArticleInfo;
import java.util.List;
import java.util.Objects;

/**
 * A parsed article. Every paragraph and sentence is an offset range into {@link #text()}, the file's
 * text exactly as read (minus a byte-order mark), so every quote is an exact slice of the source.
 *
 * @param source the publisher, from the config, the document's metadata or its own source line; may be empty
 * @param url the page a reader can open: configured, else the document's canonical URL, else the URL it
 *     was fetched from; may be empty
 * @param text for a web page or PDF, the text extracted from it (kept in the data folder), not the file
 */
public record Article(
    String id, String title, String source, String url, String date, String text, List<Paragraph> paragraphs,
    ArticleOrigin origin) {

  public Article(String id, String title, String source, String url, String date, String text, List<Paragraph> paragraphs) {
    this(id, title, source, url, date, text, paragraphs, ArticleOrigin.TEXT);
  }

  public Article {
    Objects.requireNonNull(text, "text");
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException("article id must be 1-64 letters, digits, '.', '_' or '-', got " + id);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("article " + id + " needs a title");
    }
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    date = date == null ? "" : date;
    paragraphs = List.copyOf(paragraphs);
    origin = origin == null ? ArticleOrigin.TEXT : origin;
  }

  public Article withOrigin(ArticleOrigin replacement) {
    return new Article(id, title, source, url, date, text, paragraphs, replacement);
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  public String text(Sentence s) {
    return text.substring(s.start(), s.end());
  }

  public List<Sentence> sentences() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
  }

  public Paragraph paragraph(int number) {
    return paragraphs.get(number - 1);
  }

  public int wordCount() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  public ArticleInfo info() {
    return new ArticleInfo(id, title, source, url, date, paragraphs.size(), sentences().size(), wordCount(),
        origin.byline(), origin.format().label(), origin.fetchedAt(), origin.format().supportsTextFragments());
  }
}
