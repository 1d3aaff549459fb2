package io.articlebot.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The lines of a {@link BoundedLineReader}, read on a thread of their own up to {@code depth} ahead
 * of the caller; each is shown to {@code onRead} as soon as it is read. A batch can so prepare its
 * next questions while it answers the current one, and someone typing is never kept waiting for a
 * line they have not typed yet: {@link #next} returns a line the moment it arrives.
 */
public final class LinesAhead implements AutoCloseable {
  private sealed interface Item permits Read, End, Failed {}

  private record Read(BoundedLineReader.Line line) implements Item {}

  private record End() implements Item {}

  private record Failed(IOException error) implements Item {}

  private final BlockingQueue<Item> queue;
  private final Thread reader;
  private boolean ended;

  public LinesAhead(BoundedLineReader in, int depth, Consumer<BoundedLineReader.Line> onRead) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be positive");
    }
    this.queue = new ArrayBlockingQueue<>(depth);
    this.reader = new Thread(() -> readAll(in, onRead), "stdin-lines");
    reader.setDaemon(true); // blocked on a terminal, it must not keep the process alive
    reader.start();
  }

  private void readAll(BoundedLineReader in, Consumer<BoundedLineReader.Line> onRead) {
    Item last = new End();
    try {
      for (BoundedLineReader.Line line; (line = in.readLine()) != null; ) {
        try {
          onRead.accept(line);
        } catch (RuntimeException e) {
          // preparing is an optimisation: the line is still answered
        }
        queue.put(new Read(line));
      }
    } catch (IOException e) {
      last = new Failed(e);
    } catch (UncheckedIOException e) {
      last = new Failed(e.getCause());
    } catch (InterruptedException e) {
      return; // closed: nobody is waiting for more lines
    }
    try {
      queue.put(last);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The next line, waiting for it; null at the end of the input. */
  public BoundedLineReader.Line next() throws IOException {
    if (ended) {
      return null;
    }
    Item item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a line", e);
    }
    if (item instanceof Read read) {
      return read.line();
    }
    ended = true;
    if (item instanceof Failed failed) {
      throw failed.error();
    }
    return null;
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
