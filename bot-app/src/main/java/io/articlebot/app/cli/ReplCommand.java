package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.console.ConsoleChat;
import io.articlebot.app.console.PlainTextRenderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    Knowledge knowledge = Knowledge.load(config);
    knowledge.warnSkipped(System.err);
    return chat(knowledge, config);
  }

  static int chat(Knowledge knowledge, BotConfig config) throws Exception {
    boolean terminal = System.console() != null;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    new ConsoleChat(Chats.forConsole(knowledge, config), new PlainTextRenderer(terminal)).run(in, out, terminal);
    return 0;
  }
}
