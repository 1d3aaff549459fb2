package io.articlebot.app;

import io.articlebot.app.cli.AskCommand;
import io.articlebot.app.cli.BenchCommand;
import io.articlebot.app.cli.EvalCommand;
import io.articlebot.app.cli.GlobalOptions;
import io.articlebot.app.cli.RefreshCommand;
import io.articlebot.app.cli.ReplCommand;
import io.articlebot.app.cli.ReportCommand;
import io.articlebot.app.cli.RunCommand;
import io.articlebot.app.cli.TrainCommand;
import io.articlebot.core.chat.StartupException;
import java.io.PrintWriter;
import picocli.CommandLine;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The launcher. With no command it runs the bot ({@code run}). */
@Command(name = "article-bot", mixinStandardHelpOptions = true, version = "article-bot 0.1.0",
    description = "Answers questions about an article by quoting it, on Discord, Slack or the console.")
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

  private static final List<Class<?>> COMMANDS =
      List.of(RunCommand.class, ReplCommand.class, AskCommand.class, EvalCommand.class, BenchCommand.class, RefreshCommand.class,
          ReportCommand.class, TrainCommand.class);
  private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--config", "--article", "--articles");

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // Reflecting over every command costs a cold JVM more than answering a question, so when the
    // command line names one, only that one is built. Help and errors still list them all.
    String named = commandNamed(args);
    for (Class<?> c : COMMANDS) {
      String name = c.getAnnotation(Command.class).name();
      if (named == null || named.equals(name)) {
        cli.addSubcommand(name, c);
      }
    }
    cli.setExecutionExceptionHandler(Main::handle);
    return cli.execute(args);
  }

  private static String commandNamed(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (OPTIONS_WITH_VALUES.contains(args[i])) {
        i++;
      } else if (!args[i].startsWith("-")) {
        String word = args[i];
        return COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).anyMatch(word::equals) ? word : null;
      }
    }
    return null;
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
