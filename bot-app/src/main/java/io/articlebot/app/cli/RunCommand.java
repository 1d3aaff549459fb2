package io.articlebot.app.cli;

import io.articlebot.app.ArticleWatcher;
import io.articlebot.app.Library;
import io.articlebot.app.Main;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.ops.MicrometerChatMetrics;
import io.articlebot.app.ops.OpsServer;
import io.articlebot.app.ops.OpsSettings;
import io.articlebot.app.ops.Signals;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.FrontEndFactory;
import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Starts every front end whose token is set (Discord, Slack), or the console chat when none is.
 * Every front end is created, and so checked, before any starts. {@code /healthz} and
 * {@code /metrics} are served on {@code ops.address}. On SIGTERM or SIGINT it stops taking
 * requests, finishes those already acknowledged (at most {@code shutdown.grace-seconds}), logs how
 * many were answered and given up, and exits 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the bot: Discord and/or Slack when their tokens are set, else the console chat.")
public final class RunCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  /** Beyond the grace: closing clients and thread pools after the drain. */
  private static final Duration CLOSING = Duration.ofSeconds(3);

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
    OpsSettings ops = requested.isEmpty() ? null : OpsSettings.from(config.keys(), System.getenv());
    if (requested.isEmpty()) {
      try (Library library = Library.open(config, Chats::note)) {
        library.current().warnSkipped(System.err);
        System.out.println("No DISCORD_BOT_TOKEN or SLACK_BOT_TOKEN set: starting the console chat (Ctrl-D to leave).");
        try (ArticleWatcher watcher = ArticleWatcher.start(library, Chats::note)) {
          return ReplCommand.chat(library, config);
        }
      }
    }
    Library library = Library.open(config, log::info); // held, with the index's lock, until the process exits
    library.current().skipped().forEach(s -> log.warn("Skipped article {}", s));
    library.current().engine().index().embeddedOnDemand().forEach(a -> log.info(
        "Article {} is long: its passages are embedded as questions need them, and vector search skips it", a.id()));
    ArticleWatcher.start(library, log::info);
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Metrics.addRegistry(prometheus);
    new JvmMemoryMetrics().bindTo(prometheus);
    new JvmThreadMetrics().bindTo(prometheus);
    new ProcessorMetrics().bindTo(prometheus);
    new UptimeMetrics().bindTo(prometheus);
    ChatService chat = Chats.forChat(library, config, new MicrometerChatMetrics(prometheus));
    library.awaitModel();
    return serve(requested, settings, chat, ops, prometheus);
  }

  private enum State { STARTING, RUNNING, STOPPING }

  private static volatile State state = State.STARTING;

  private static int serve(List<FrontEndFactory> factories, Settings settings, ChatService chat, OpsSettings ops,
      PrometheusMeterRegistry prometheus) throws StartupException, InterruptedException {
    List<FrontEnd> frontEnds = new ArrayList<>();
    for (FrontEndFactory f : factories) {
      frontEnds.add(f.create(settings, chat));
    }
    Optional<OpsServer> opsServer = ops.address().map(a -> new OpsServer(a, prometheus, () -> health(frontEnds)));
    CountDownLatch stopped = new CountDownLatch(1);
    Signals.onStop((signal, mayExit) -> {
      log.info("SIG{} received: stopping", signal);
      stop(frontEnds, ops.grace());
      opsServer.ifPresent(OpsServer::close);
      stopped.countDown();
    });
    try {
      if (opsServer.isPresent()) {
        opsServer.get().start();
      }
      for (FrontEnd fe : frontEnds) {
        fe.start();
        log.info("{} front end started", fe.name());
      }
    } catch (StartupException e) {
      frontEnds.forEach(FrontEnd::close);
      opsServer.ifPresent(OpsServer::close);
      throw e;
    }
    state = State.RUNNING;
    log.info("article-bot is running ({} article(s)); stop it with Ctrl-C or SIGTERM", chat.articles().size());
    stopped.await();
    return 0;
  }

  private static OpsServer.Health health(List<FrontEnd> frontEnds) {
    String each = frontEnds.stream()
        .map(fe -> "\"" + fe.name() + "\":\"" + (fe.ready() ? "connected" : "not connected") + "\"")
        .collect(Collectors.joining(","));
    boolean ready = state == State.RUNNING && frontEnds.stream().allMatch(FrontEnd::ready);
    String status = state == State.RUNNING ? (ready ? "ready" : "not ready") : state.name().toLowerCase(java.util.Locale.ROOT);
    return new OpsServer.Health(ready, "{\"status\":\"" + status + "\",\"articles\":\"loaded\",\"frontends\":{" + each + "}}");
  }

  /** Stops every front end at once, each with the whole grace; never takes much longer than that. */
  private static void stop(List<FrontEnd> frontEnds, Duration grace) {
    state = State.STOPPING;
    List<Thread> stopping = new ArrayList<>();
    for (FrontEnd fe : frontEnds) {
      Thread t = new Thread(() -> fe.stop(grace), "stop-" + fe.name());
      t.setDaemon(true);
      t.start();
      stopping.add(t);
    }
    long deadline = System.nanoTime() + grace.plus(CLOSING).toNanos();
    for (Thread t : stopping) {
      try {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (t.isAlive()) {
        log.warn("{} did not stop within {} s; exiting anyway", t.getName(), grace.plus(CLOSING).toSeconds());
      }
    }
    log.info("article-bot stopped");
  }
}
