package io.articlebot.app.cli;

import io.articlebot.app.ArticleWatcher;
import io.articlebot.app.Library;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.console.ConsoleChat;
import io.articlebot.app.console.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import io.articlebot.app.ops.OpsSettings;
import io.articlebot.app.ops.Signals;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import io.articlebot.app.Main;

/** Console chat on stdin/stdout: the same chat layer and replies as the platforms. */
@Command(name = "repl", mixinStandardHelpOptions = true, description = "Chat with the bot on the console.")
public final class ReplCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    try (Library library = Library.open(config, Chats::note)) {
      library.current().warnSkipped(System.err);
      try (ArticleWatcher watcher = ArticleWatcher.start(library, Chats::note)) {
        return chat(library, config);
      }
    }
  }

  /**
   * The console chat until end of input or "quit". On SIGTERM or SIGINT (Ctrl-C), an answer being
   * worked out is finished and printed (at most {@code shutdown.grace-seconds}), then it exits 0.
   */
  static int chat(Library library, BotConfig config) throws Exception {
    boolean terminal = System.console() != null;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    ConsoleChat console = new ConsoleChat(Chats.forConsole(library, config), new PlainTextRenderer(terminal));
    library.awaitModel();
    Duration grace = OpsSettings.from(config.keys(), Map.of()).grace();
    Signals.onStop((signal, mayExit) -> {
      if (!console.awaitIdle(grace)) {
        System.err.println("article-bot: stopped (SIG" + signal + ") before the answer was ready; it was given up.");
      }
      out.println();
      out.flush();
      if (mayExit) {
        System.exit(0);
      }
    });
    console.run(in, out, terminal);
    return 0;
  }
}
