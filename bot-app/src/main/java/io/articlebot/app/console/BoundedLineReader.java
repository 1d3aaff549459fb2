package io.articlebot.app.console;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code limit} characters: the rest of a longer line is read and counted
 * but not kept, so a 1 GB line costs no more memory than a short one. Lines end at {@code \n},
 * {@code \r\n} or {@code \r}.
 */
public final class BoundedLineReader {
  /** Far beyond any question; small enough that holding it is nothing. */
  public static final int DEFAULT_LIMIT = 64 * 1024;

  /**
   * One line.
   *
   * @param text the line, or its first {@code limit} characters
   * @param length the whole line's length in characters
   */
  public record Line(String text, long length) {
    public boolean truncated() {
      return length > text.length();
    }
  }

  private final Reader in;
  private final int limit;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private boolean skipLf;

  public BoundedLineReader(Reader in, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of input. */
  public Line readLine() throws IOException {
    StringBuilder kept = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? new Line(kept.toString(), length) : null;
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      int room = (int) Math.max(0, Math.min(limit - kept.length(), pos - start));
      kept.append(buffer, start, room);
      length += pos - start;
      if (pos < end) {
        skipLf = buffer[pos] == '\r';
        pos++;
        return new Line(kept.toString(), length);
      }
    }
  }
}
