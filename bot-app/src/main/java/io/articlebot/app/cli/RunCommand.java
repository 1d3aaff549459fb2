package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.chat.ChatMetrics;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.FrontEndFactory;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import io.articlebot.app.Main;

/**
 * Starts every front end whose token is set (Discord, Slack), or the console chat when none is.
 * Every front end is created, and so checked, before any starts.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the bot: Discord and/or Slack when their tokens are set, else the console chat.")
public final class RunCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Override
  public Integer call() throws Exception {
    return run(parent.options());
  }

  public static int run(GlobalOptions options) throws Exception {
    BotConfig config = options.resolve(System.getenv(), FrontEnds.configKeys());
    Settings settings = new Settings(System.getenv(), config.keys());
    List<FrontEndFactory> requested = FrontEnds.all().stream().filter(f -> f.isRequested(settings)).toList();
    Knowledge knowledge = Knowledge.load(config);
    if (requested.isEmpty()) {
      knowledge.warnSkipped(System.err);
      System.out.println("No DISCORD_BOT_TOKEN or SLACK_BOT_TOKEN set: starting the console chat (Ctrl-D to leave).");
      return ReplCommand.chat(knowledge, config);
    }
    Logger log = LoggerFactory.getLogger(RunCommand.class);
    knowledge.skipped().forEach(s -> log.warn("Skipped article {}", s));
    return serve(requested, settings, Chats.forChat(knowledge, config, ChatMetrics.NONE));
  }

  private static int serve(List<FrontEndFactory> factories, Settings settings, ChatService chat) throws StartupException, InterruptedException {
    Logger log = LoggerFactory.getLogger(RunCommand.class);
    List<FrontEnd> frontEnds = new ArrayList<>();
    for (FrontEndFactory f : factories) {
      frontEnds.add(f.create(settings, chat));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      frontEnds.forEach(FrontEnd::close);
      stopped.countDown();
    }, "article-bot-shutdown"));
    try {
      for (FrontEnd fe : frontEnds) {
        fe.start();
        log.info("{} front end started", fe.name());
      }
    } catch (StartupException e) {
      frontEnds.forEach(FrontEnd::close);
      throw e;
    }
    log.info("article-bot is running ({} article(s)); stop it with Ctrl-C", chat.articles().size());
    stopped.await();
    return 0;
  }
}
