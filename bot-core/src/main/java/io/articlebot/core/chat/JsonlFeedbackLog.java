package io.articlebot.core.chat;

import io.articlebot.core.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Feedback as JSON Lines in {@code <dataDir>/feedback.jsonl}. Each record is one {@code write} of a
 * complete line on a file opened for append, forced to disk before returning: a crash can lose at
 * most the record being written, never an earlier one, and never leaves half a line behind another.
 * User ids are hashed with a random salt kept in {@code <dataDir>/feedback.salt}. Both files are
 * readable and writable by their owner only (where the file system has POSIX permissions); files
 * left with wider permissions by an older version are narrowed at start.
 */
public final class JsonlFeedbackLog implements FeedbackSink {
  private final Path file;
  private final byte[] salt;

  public JsonlFeedbackLog(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    this.file = dataDir.resolve("feedback.jsonl");
    this.salt = loadOrCreateSalt(dataDir.resolve("feedback.salt"));
    OwnerOnly.create(file);
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void record(Feedback f) {
    String line = "{\"time\":" + Json.quote(f.time().toString())
        + ",\"user\":" + Json.quote(f.userHash())
        + ",\"vote\":" + Json.quote(f.helpful() ? "up" : "down")
        + ",\"question\":" + Json.quote(f.question())
        + ",\"answered\":" + f.answered()
        + ",\"quotes\":[" + f.quoteIds().stream().map(Json::quote).collect(Collectors.joining(",")) + "]"
        + (f.answerKey().isEmpty() ? "" : ",\"answer\":" + Json.quote(f.answerKey()))
        + "}\n";
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("could not append feedback to " + file, e);
    }
  }

  @Override
  public String hashUser(ChatUser user) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(user.key().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] loadOrCreateSalt(Path saltFile) throws IOException {
    if (!Files.exists(saltFile)) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try {
        OwnerOnly.createNew(saltFile);
        Files.write(saltFile, HexFormat.of().formatHex(fresh).getBytes(StandardCharsets.US_ASCII), StandardOpenOption.TRUNCATE_EXISTING);
      } catch (FileAlreadyExistsException raced) {
        // another process created it first; use theirs
      }
    }
    OwnerOnly.restrict(saltFile);
    return HexFormat.of().parseHex(Files.readString(saltFile, StandardCharsets.US_ASCII).strip());
  }
}
