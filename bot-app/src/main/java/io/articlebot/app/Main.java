package io.articlebot.app;

import io.articlebot.app.cli.AskCommand;
import io.articlebot.app.cli.BenchCommand;
import io.articlebot.app.cli.EvalCommand;
import io.articlebot.app.cli.GlobalOptions;
import io.articlebot.app.cli.ReplCommand;
import io.articlebot.app.cli.RunCommand;
import io.articlebot.core.chat.StartupException;
import java.io.PrintWriter;
import picocli.CommandLine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The launcher. With no command it runs the bot ({@code run}). */
@Command(name = "article-bot", mixinStandardHelpOptions = true, version = "article-bot 0.1.0",
    description = "Answers questions about an article by quoting it, on Discord, Slack or the console.",
    subcommands = {RunCommand.class, ReplCommand.class, AskCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {
  @Mixin
  GlobalOptions options = new GlobalOptions();

  public GlobalOptions options() {
    return options;
  }

  @Override
  public Integer call() throws Exception {
    return RunCommand.run(options);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    return cli.execute(args);
  }

  /** Start-up problems are the user's to fix: say how, without a stack trace. */
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof StartupException) {
      err.println("article-bot: " + e.getMessage());
      err.flush();
      return 78;
    }
    err.println("article-bot: unexpected error: " + e);
    err.flush();
    return 1;
  }
}
