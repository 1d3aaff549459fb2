package io.articlebot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
  @Test
  void linesEndAtLfCrLfAndCr() throws IOException {
    BoundedLineReader r = new BoundedLineReader(new StringReader("one\ntwo\r\nthree\rfour"), 100);
    assertThat(r.readLine().text()).isEqualTo("one");
    assertThat(r.readLine().text()).isEqualTo("two");
    assertThat(r.readLine().text()).isEqualTo("three");
    assertThat(r.readLine().text()).isEqualTo("four");
    assertThat(r.readLine()).isNull();
  }

  @Test
  void emptyLinesAreLines() throws IOException {
    BoundedLineReader r = new BoundedLineReader(new StringReader("\n\nx\n"), 100);
    assertThat(r.readLine().text()).isEmpty();
    assertThat(r.readLine().text()).isEmpty();
    assertThat(r.readLine().text()).isEqualTo("x");
    assertThat(r.readLine()).isNull();
  }

  /** Endless 'a's, then a newline, then "next": proves the long line is never held whole. */
  private static Reader longLine(long length) {
    return new Reader() {
      long left = length;
      final char[] tail = "\nnext\n".toCharArray();
      int t;

      @Override
      public int read(char[] buf, int off, int len) {
        if (left > 0) {
          int n = (int) Math.min(len, left);
          java.util.Arrays.fill(buf, off, off + n, 'a');
          left -= n;
          return n;
        }
        if (t == tail.length) {
          return -1;
        }
        int n = Math.min(len, tail.length - t);
        System.arraycopy(tail, t, buf, off, n);
        t += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aLongLineKeepsOnlyItsStartButCountsItAll() throws IOException {
    BoundedLineReader r = new BoundedLineReader(longLine(3_000_000_000L), 64);
    BoundedLineReader.Line line = r.readLine();
    assertThat(line.text()).hasSize(64);
    assertThat(line.length()).isEqualTo(3_000_000_000L);
    assertThat(line.truncated()).isTrue();
    assertThat(r.readLine().text()).isEqualTo("next");
  }

  @Test
  void aLineAtTheLimitIsWhole() throws IOException {
    BoundedLineReader.Line line = new BoundedLineReader(new StringReader("abcd\n"), 4).readLine();
    assertThat(line.text()).isEqualTo("abcd");
    assertThat(line.truncated()).isFalse();
  }
}
