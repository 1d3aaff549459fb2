package io.articlebot.core.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an article file (UTF-8 plain text or Markdown) with messages that say how to fix problems. */
public final class ArticleLoader {
  /** Far beyond any article; guards against pointing the bot at a disk image. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private ArticleLoader() {}

  /** Thrown with a message fit to show the person starting the bot. */
  public static final class ArticleException extends IOException {
    private static final long serialVersionUID = 1L;

    ArticleException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static Article load(Path file, String id, String title, String source, String url, String date) throws ArticleException {
    String text = read(file);
    if (text.isBlank()) {
      throw new ArticleException("Article " + file + " is empty. Put the article's text in it, one paragraph per line or separated by blank lines.", null);
    }
    return ArticleParser.parse(id == null ? idFor(file) : id, text, title, source, url, date);
  }

  /** A file name made into an article id: {@code deepseek-asianfin.txt} → {@code deepseek-asianfin}. */
  public static String idFor(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.(txt|md|markdown|text)$", "");
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+", "");
    return id.isEmpty() ? "article" : id.substring(0, Math.min(64, id.length()));
  }

  private static String read(Path file) throws ArticleException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ArticleException("Article path " + file + " is a directory; use --articles DIR for a folder of articles.", null);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ArticleException("Article " + file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it into several articles.", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleException("Article file not found: " + file.toAbsolutePath() + ". Check the path in the config or on the command line.", e);
    } catch (ArticleException e) {
      throw e;
    } catch (IOException e) {
      throw new ArticleException("Cannot read article " + file + ": " + e.getMessage() + ". Check that the file exists and is readable.", e);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ArticleException("Article " + file + " is not UTF-8 text. Convert it, e.g. iconv -f latin1 -t utf-8.", e);
    }
  }
}
