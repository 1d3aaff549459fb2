package io.articlebot.core.embedding;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One article's sentences' token vectors as {@link EmbeddingStore} keeps them: a file read one
 * sentence at a time, when a question first has that sentence as a candidate, so that a process
 * holds only the tokens it has used (an article's all would be a few hundred bytes a token).
 */
public final class KeptTokens {
  private final Path file;
  private final long[] offsets;
  private final int dimension;

  KeptTokens(Path file, long[] offsets, int dimension) {
    this.file = file;
    this.offsets = offsets;
    this.dimension = dimension;
  }

  /** How many texts' tokens the file holds. */
  public int size() {
    return offsets.length - 1;
  }

  /**
   * Text {@code i}'s tokens, or empty when the file is gone or damaged since it was opened (the
   * caller computes them then).
   */
  public Optional<TokenVectors> read(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("text " + i + " of " + size());
    }
    long length = offsets[i + 1] - offsets[i];
    if (length < Integer.BYTES || length > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate((int) length);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, offsets[i] + buffer.position()) < 0) {
          return Optional.empty();
        }
      }
      buffer.flip();
      TokenVectors tokens = TokenVectors.read(buffer, dimension);
      return buffer.hasRemaining() ? Optional.empty() : Optional.of(tokens);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
