package io.articlebot.core.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the extractor for a document. What the bytes are wins over what they are called (servers
 * and file names lie): a PDF or image signature first, then the declared content type, then the
 * file extension, then a look at the first bytes. Images and other binary files are refused with
 * a message that says what they are.
 */
public final class Extractors {
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final int SNIFF_BYTES = 1024;

  private static final ArticleExtractor TEXT = new PlainTextExtractor(DocumentFormat.TEXT);
  private static final ArticleExtractor MARKDOWN = new PlainTextExtractor(DocumentFormat.MARKDOWN);
  private static final ArticleExtractor HTML = new HtmlExtractor();
  private static final ArticleExtractor PDF = new PdfExtractor();

  private Extractors() {}

  /** The file extensions a folder of articles is scanned for. */
  public static final Pattern ARTICLE_FILE = Pattern.compile("(?i).*\\.(txt|text|md|markdown|html?|xhtml|pdf)$");

  public static ArticleExtractor forContent(ArticleContent content) throws ArticleLoader.ArticleException {
    byte[] b = content.bytes();
    String binary = binaryKind(b);
    if (binary != null) {
      if (binary.equals("PDF")) {
        return PDF;
      }
      throw refuse(content, binary);
    }
    String type = mediaType(content.contentType());
    if (!type.isEmpty()) {
      switch (type) {
        case "text/html", "application/xhtml+xml" -> {
          return HTML;
        }
        case "application/pdf" -> {
          return PDF;
        }
        case "text/markdown", "text/x-markdown" -> {
          return MARKDOWN;
        }
        case "text/plain" -> {
          return looksLikeHtml(b) ? HTML : byExtension(content.name(), TEXT);
        }
        default -> {
          if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/") || type.startsWith("font/")) {
            throw refuse(content, "an " + type.substring(0, type.indexOf('/')) + " (" + type + ")");
          }
          if (!type.startsWith("text/") && !type.equals("application/octet-stream")) {
            throw refuse(content, "not a web page, PDF or text file (" + type + ")");
          }
        }
      }
    }
    ArticleExtractor byName = byExtension(content.name(), null);
    if (byName != null) {
      return byName;
    }
    if (looksLikeHtml(b)) {
      return HTML;
    }
    if (hasNul(b)) {
      throw refuse(content, "a binary file");
    }
    return TEXT;
  }

  /** The charset a {@code Content-Type} declares, if any and if this JVM knows it. */
  static Optional<Charset> charsetOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET.matcher(contentType);
    try {
      return m.find() ? Optional.of(Charset.forName(m.group(1))) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static ArticleExtractor byExtension(String name, ArticleExtractor fallback) {
    String path = name.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    if (path.matches(".*\\.(html?|xhtml)$")) {
      return HTML;
    }
    if (path.endsWith(".pdf")) {
      return PDF;
    }
    if (path.matches(".*\\.(md|markdown)$")) {
      return MARKDOWN;
    }
    if (path.matches(".*\\.(txt|text)$")) {
      return TEXT;
    }
    return fallback;
  }

  /** "PDF", or what a binary signature says the bytes are, or null for anything else. */
  private static String binaryKind(byte[] b) {
    if (startsWith(b, "%PDF-")) {
      return "PDF";
    }
    if (startsWith(b, "\u0089PNG")) {
      return "an image (PNG)";
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "an image (JPEG)";
    }
    if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) {
      return "an image (GIF)";
    }
    if (startsWith(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      return "an image (WebP)";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "a ZIP archive (a Word or OpenDocument file is one too: save it as PDF or text)";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return "a gzip archive";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, String signature) {
    if (b.length < signature.length()) {
      return false;
    }
    for (int i = 0; i < signature.length(); i++) {
      if ((b[i] & 0xFF) != signature.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeHtml(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      head = head.substring(3);
    }
    return HTML_START.matcher(head).find();
  }

  private static boolean hasNul(byte[] b) {
    for (int i = 0; i < Math.min(b.length, 8192); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static ArticleLoader.ArticleException refuse(ArticleContent content, String what) {
    return new ArticleLoader.ArticleException(content.name() + " is " + what + ", not an article I can read."
        + " Point me at a web page, a PDF with a text layer, or a text or Markdown file.", null);
  }
}
