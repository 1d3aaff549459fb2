package io.articlebot.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LinesAheadTest {
  private static BoundedLineReader lines(Reader in) {
    return new BoundedLineReader(in, 100);
  }

  @Test
  void givesEveryLineInOrderAndShowsEachBeforeItIsTaken() throws IOException {
    List<String> seen = new CopyOnWriteArrayList<>();
    List<String> taken = new ArrayList<>();
    try (LinesAhead ahead = new LinesAhead(lines(new StringReader("one\ntwo\n\nthree\n")), 2, l -> seen.add(l.text()))) {
      for (BoundedLineReader.Line l; (l = ahead.next()) != null; ) {
        assertThat(seen).as("shown before taken").contains(l.text());
        taken.add(l.text());
      }
      assertThat(ahead.next()).isNull();
    }
    assertThat(taken).containsExactly("one", "two", "", "three");
    assertThat(seen).containsExactly("one", "two", "", "three");
  }

  @Test
  void aLineIsGivenAsSoonAsItIsTypedWithoutWaitingForTheNext() throws Exception {
    PipedWriter typing = new PipedWriter();
    try (LinesAhead ahead = new LinesAhead(lines(new PipedReader(typing)), 4, l -> { })) {
      typing.write("first question\n");
      typing.flush();
      assertThat(ahead.next().text()).isEqualTo("first question");
      typing.write("second\n");
      typing.close();
      assertThat(ahead.next().text()).isEqualTo("second");
      assertThat(ahead.next()).isNull();
    }
  }

  @Test
  void aFailingListenerDoesNotLoseTheLine() throws IOException {
    try (LinesAhead ahead = new LinesAhead(lines(new StringReader("kept\n")), 1, l -> {
      throw new IllegalStateException("could not prepare");
    })) {
      assertThat(ahead.next().text()).isEqualTo("kept");
      assertThat(ahead.next()).isNull();
    }
  }

  @Test
  void aReadErrorReachesTheCallerAfterTheLinesBeforeIt() throws IOException {
    Reader broken = new Reader() {
      private boolean sent;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (sent) {
          throw new IOException("stdin went away");
        }
        sent = true;
        "fine\n".getChars(0, 5, buf, off);
        return 5;
      }

      @Override
      public void close() {}
    };
    try (LinesAhead ahead = new LinesAhead(lines(broken), 2, l -> { })) {
      assertThat(ahead.next().text()).isEqualTo("fine");
      assertThatThrownBy(ahead::next).isInstanceOf(IOException.class).hasMessage("stdin went away");
      assertThat(ahead.next()).isNull();
    }
  }
}
