package io.articlebot.app.ops;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

/**
 * SIGTERM and SIGINT as events, so that the launcher can stop gracefully and exit 0 (a JVM that
 * merely runs shutdown hooks on SIGTERM exits 143). Uses {@code sun.misc.Signal}, which every JDK
 * ships in {@code jdk.unsupported}; where a signal cannot be handled, a shutdown hook is the fallback.
 */
public final class Signals {
  private Signals() {}

  /**
   * Calls {@code onSignal} with "TERM" or "INT" on a JVM thread, the first time either arrives, and
   * whether it may call {@link System#exit} (not from the shutdown-hook fallback, where the JVM is
   * exiting already).
   */
  public static void onStop(BiConsumer<String, Boolean> onSignal) {
    CountDownLatch once = new CountDownLatch(1);
    for (String name : List.of("TERM", "INT")) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
          if (once.getCount() > 0) {
            once.countDown();
            onSignal.accept(signal.getName(), true);
          }
        });
      } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          if (once.getCount() > 0) {
            once.countDown();
            onSignal.accept(name, false);
          }
        }, "article-bot-stop"));
      }
    }
  }
}
