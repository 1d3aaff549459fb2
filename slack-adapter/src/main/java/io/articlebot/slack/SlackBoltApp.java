package io.articlebot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import io.articlebot.core.chat.ChatService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt {@link App} with our handlers, shared by both modes, plus what it owns: the Web API
 * client (pointed at {@code SLACK_API_URL}) and the worker threads.
 *
 * <p>The middleware list is ours rather than Bolt's default because the default adds
 * {@code SingleTeamAuthorization}, which calls {@code auth.test} on incoming requests and answers
 * 401 when it fails: that ties every request to slack.com being reachable. Request verification
 * (signature and 5-minute timestamp window) stays on in HTTP mode; Socket Mode needs none, the
 * WebSocket itself is authenticated by the app token.
 */
public final class SlackBoltApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBoltApp.class);
  private static final int WORKER_THREADS = 4;
  private static final int MAX_QUEUED = 1_000;

  private final SlackSettings settings;
  private final Slack slack;
  private final ExecutorService executor;
  private final BotIdentity identity = new BotIdentity();
  private final App app;

  public SlackBoltApp(SlackSettings settings, ChatService chat) {
    this(settings, chat, new RetryingPoster(), new EventDeduplicator());
  }

  SlackBoltApp(SlackSettings settings, ChatService chat, RetryingPoster poster, EventDeduplicator deduplicator) {
    this.settings = settings;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The SDK's per-team API call statistics call auth.test before Web API calls to learn the team
    // id; we don't read them, and they would make every post depend on auth.test.
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
    // Bounded queue: under a flood, requests beyond it are acked but dropped (logged) rather than
    // piling up in memory.
    this.executor = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(MAX_QUEUED), daemonThreads("slack-worker-"));

    boolean http = settings.mode() == SlackSettings.Mode.HTTP;
    AppConfig appConfig = AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .signingSecret(http ? settings.signingSecret() : null)
        .requestVerificationEnabled(http)
        .build();
    List<Middleware> middleware = new ArrayList<>();
    if (http) {
      middleware.add(new SSLCheck(null));
      middleware.add(new RequestVerification(
          new SlackSignature.Verifier(new SlackSignature.Generator(settings.signingSecret()))));
    }
    middleware.add(new EventGate(deduplicator, identity));
    this.app = new App(appConfig, middleware);
    app.asOAuthApp(false);

    ReplySender sender = new ReplySender(slack, settings.botToken(), new BlockKitRenderer(), poster);
    Workers workers = new Workers(executor, new SlackErrorHandler());
    app.command(settings.askCommand(), new SlashCommandHandler(chat, sender, workers, settings.askEphemeral()));
    app.event(AppMentionEvent.class, new MentionHandler(chat, sender, workers));
    app.event(MessageEvent.class, new DirectMessageHandler(chat, sender, workers));
    app.blockAction(Pattern.compile(ButtonHandler.ACTION_ID_PATTERN), new ButtonHandler(chat, sender, workers));
  }

  public App app() {
    return app;
  }

  public SlackSettings settings() {
    return settings;
  }

  /** Starts Bolt and, in the background, learns the bot's own user id. */
  public void start() {
    app.start();
    try {
      executor.execute(() -> identity.learn(slack.methods(settings.botToken())));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closed before it started: nothing to learn
    }
  }

  @Override
  public void close() {
    app.stop();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    try {
      slack.close();
    } catch (Exception e) {
      log.debug("Slack client close: {}", SlackErrorHandler.describe(e));
    }
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
