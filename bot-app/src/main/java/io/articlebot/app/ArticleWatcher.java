package io.articlebot.app;

import io.articlebot.app.config.ConfigLoader;
import io.articlebot.core.chat.ArticleChanges;
import io.articlebot.core.chat.StartupException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the articles folders (and the folders of files named one by one) and reloads the
 * {@link Library} when an article file is added, changed or removed, once the folder has been quiet
 * for {@link #QUIET}: a file being copied in is read once, whole, rather than at every write.
 */
public final class ArticleWatcher implements Closeable {
  /** How long a folder must be quiet after a change before the articles are read again. */
  static final Duration QUIET = Duration.ofMillis(400);
  /** The longest a reload waits for quiet: a folder written to without pause is still read. */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

  private final Library library;
  private final Consumer<String> notes;
  private final WatchService watcher;
  private final Thread thread;

  private ArticleWatcher(Library library, Consumer<String> notes, WatchService watcher) {
    this.library = library;
    this.notes = notes;
    this.watcher = watcher;
    this.thread = new Thread(this::run, "article-watcher");
    this.thread.setDaemon(true);
  }

  /** Starts watching; with nothing to watch (only web pages), a watcher that does nothing. */
  public static ArticleWatcher start(Library library, Consumer<String> notes) throws IOException {
    WatchService service = FileSystems.getDefault().newWatchService();
    ArticleWatcher w = new ArticleWatcher(library, notes, service);
    List<Path> folders = library.watchedFolders();
    for (Path folder : folders) {
      try {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      } catch (IOException e) {
        notes.accept("Cannot watch " + folder + " for changed articles (" + e.getMessage() + "); restart to pick changes up.");
      }
    }
    if (!folders.isEmpty()) {
      w.thread.start();
    }
    return w;
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        boolean relevant = drain(key);
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        // Wait for the folder to be quiet: a file copied in arrives as many writes.
        WatchKey more;
        while ((more = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null && System.nanoTime() < deadline) {
          relevant |= drain(more);
        }
        if (more != null) {
          relevant |= drain(more);
        }
        if (relevant) {
          reload();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private static boolean drain(WatchKey key) {
    boolean relevant = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
      } else if (e.context() instanceof Path p && ConfigLoader.isArticleFile(p.getFileName().toString())) {
        relevant = true;
      }
    }
    key.reset();
    return relevant;
  }

  private void reload() {
    try {
      ArticleChanges changes = library.reload();
      if (!changes.failed().isEmpty()) {
        changes.failed().forEach(f -> notes.accept("Skipped article " + f));
      }
    } catch (StartupException | RuntimeException e) {
      notes.accept("Reloading the articles failed, still answering from the ones loaded before: " + e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
