package io.articlebot.core.index;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleOrigin;
import io.articlebot.core.article.DocumentFormat;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.ParagraphKind;
import io.articlebot.core.article.Sentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An article as the index on disk keeps it: the article itself (its text and where every
 * paragraph and sentence is, so that reopening the index parses nothing), the stamp of the file it
 * was read from, the hash of its content, and the sizes it adds to the index.
 *
 * @param stamp what the source said about its file when it was read (see {@link IndexStore.Source#stamp})
 * @param hash of the index version and everything the article holds: text, title, source, url,
 *     date, origin ({@link #hash})
 * @param onDemand the article was too long to embed when it was indexed: its documents have no
 *     vectors, and its texts are embedded as questions need them
 */
record StoredArticle(String id, String stamp, String hash, Article article, ArticleStats stats, boolean onDemand) {

  /** The article as bytes: what is kept, and what its content hash is taken over. */
  static byte[] encodeArticle(Article a) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(a.text().length() + 32 * a.paragraphs().size() + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeArticle(out, a);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** The content hash of an article encoded by {@link #encodeArticle}: the same article read by the same code has the same hash. */
  static String hash(String version, byte[] article) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(version.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(article));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static byte[] encodeStats(ArticleStats stats, boolean onDemand) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(stats.sentences());
      out.writeInt(stats.paragraphs());
      out.writeLong(stats.tokens());
      out.writeLong(stats.sentencesWithTerms());
      out.writeLong(stats.distinctTerms());
      out.writeLong(stats.paragraphTokens());
      out.writeBoolean(onDemand);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  static StoredArticle decode(String id, String stamp, String hash, byte[] article, byte[] stats) throws IOException {
    Article a = readArticle(new DataInputStream(new ByteArrayInputStream(article)));
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(stats));
    ArticleStats st = new ArticleStats(in.readInt(), in.readInt(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
    return new StoredArticle(id, stamp, hash, a, st, in.readBoolean());
  }

  private static void writeArticle(DataOutput out, Article a) throws IOException {
    writeString(out, a.id());
    writeString(out, a.title());
    writeString(out, a.source());
    writeString(out, a.url());
    writeString(out, a.date());
    writeString(out, a.origin().format().name());
    writeString(out, a.origin().location());
    writeString(out, a.origin().byline());
    Instant fetched = a.origin().fetchedAt();
    out.writeBoolean(fetched != null);
    if (fetched != null) {
      out.writeLong(fetched.getEpochSecond());
      out.writeInt(fetched.getNano());
    }
    writeText(out, a.text());
    out.writeInt(a.paragraphs().size());
    for (Paragraph p : a.paragraphs()) {
      out.writeInt(p.number());
      out.writeInt(p.start());
      out.writeInt(p.end());
      out.writeByte(p.kind().ordinal());
      out.writeInt(p.sentences().size());
      for (Sentence s : p.sentences()) {
        out.writeInt(s.index());
        out.writeInt(s.start());
        out.writeInt(s.end());
      }
    }
  }

  private static Article readArticle(DataInput in) throws IOException {
    String id = readString(in);
    String title = readString(in);
    String source = readString(in);
    String url = readString(in);
    String date = readString(in);
    DocumentFormat format = DocumentFormat.valueOf(readString(in));
    String location = readString(in);
    String byline = readString(in);
    Instant fetched = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    String text = readText(in);
    int count = in.readInt();
    ParagraphKind[] kinds = ParagraphKind.values();
    List<Paragraph> paragraphs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int number = in.readInt();
      int start = in.readInt();
      int end = in.readInt();
      ParagraphKind kind = kinds[in.readByte()];
      int n = in.readInt();
      List<Sentence> sentences = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        sentences.add(new Sentence(in.readInt(), number, in.readInt(), in.readInt()));
      }
      paragraphs.add(new Paragraph(number, start, end, kind, sentences));
    }
    return new Article(id, title, source, url, date, text, paragraphs, new ArticleOrigin(format, location, byline, fetched));
  }

  /** UTF-8 where that is lossless; UTF-16 for a text with a lone surrogate, kept as it was read. */
  private static void writeText(DataOutput out, String s) throws IOException {
    boolean utf8 = s.chars().noneMatch(c -> Character.isSurrogate((char) c))
        || new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    out.writeBoolean(utf8);
    if (utf8) {
      writeString(out, s);
    } else {
      out.writeInt(s.length());
      out.writeChars(s);
    }
  }

  private static String readText(DataInput in) throws IOException {
    if (in.readBoolean()) {
      return readString(in);
    }
    char[] c = new char[in.readInt()];
    for (int i = 0; i < c.length; i++) {
      c[i] = in.readChar();
    }
    return new String(c);
  }

  static void writeString(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInput in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
