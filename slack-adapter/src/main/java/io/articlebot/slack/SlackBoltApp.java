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
import io.articlebot.core.chat.InFlight;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt {@link App} with our handlers, shared by both modes, plus what it owns: the Web API
 * client (pointed at {@code SLACK_API_URL}), the answering threads, the {@link Outbox} that posts,
 * and the {@link InFlight} requests, which a graceful stop drains.
 *
 * <p>The middleware list is ours rather than Bolt's default because the default adds
 * {@code SingleTeamAuthorization}, which calls {@code auth.test} on incoming requests and answers
 * 401 when it fails: that ties every request to slack.com being reachable. Request verification
 * (signature and 5-minute timestamp window) stays on in HTTP mode; Socket Mode needs none, the
 * WebSocket itself is authenticated by the app token. {@link TeamGate} then refuses other
 * workspaces and apps, and {@link EventGate} what must not be answered.
 */
public final class SlackBoltApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBoltApp.class);
  private static final int ANSWER_THREADS = 4;
  /** Posts block their thread for at most the client timeout; enough that one slow post holds up nothing else. */
  private static final int POST_THREADS = 8;
  /** Longer than a slow Slack takes to answer, so a slow post is seen through instead of cut off. */
  static final int HTTP_READ_TIMEOUT_MILLIS = 30_000;
  /** After the grace, how long posts already on the wire may take to land. */
  private static final Duration SENDING_GRACE = Duration.ofSeconds(2);

  private final SlackSettings settings;
  private final Slack slack;
  private final ThreadPoolExecutor answering;
  private final ScheduledThreadPoolExecutor posting;
  private final InFlight inFlight;
  private final BotIdentity identity;
  private final App app;

  public SlackBoltApp(SlackSettings settings, ChatService chat, MeterRegistry meters) {
    this(settings, chat, meters, new EventDeduplicator());
  }

  SlackBoltApp(SlackSettings settings, ChatService chat, MeterRegistry meters, EventDeduplicator deduplicator) {
    this.settings = settings;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The SDK's per-team API call statistics call auth.test before Web API calls to learn the team
    // id; we don't read them, and they would make every post depend on auth.test.
    config.setStatsEnabled(false);
    config.setHttpClientReadTimeoutMillis(HTTP_READ_TIMEOUT_MILLIS);
    this.slack = Slack.getInstance(config);
    this.identity = new BotIdentity(settings.teamId(), settings.appId());
    // Unbounded queue, bounded by admission: no more than maxOpenRequests are ever acked and open.
    this.answering = new ThreadPoolExecutor(ANSWER_THREADS, ANSWER_THREADS, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), daemonThreads("slack-answer-"));
    this.posting = new ScheduledThreadPoolExecutor(POST_THREADS, daemonThreads("slack-post-"));
    posting.setRemoveOnCancelPolicy(true);
    this.inFlight = new InFlight(settings.maxOpenRequests(), Math.max(10, settings.maxOpenRequests() / 4),
        finishedLogger(meters), Clock.systemUTC());
    Gauge.builder("articlebot.requests.open", inFlight, InFlight::size).tag("frontend", "slack")
        .description("acknowledged requests not yet answered or given up").register(meters);
    Gauge.builder("articlebot.queue.depth", answering, e -> e.getQueue().size()).tag("frontend", "slack")
        .description("questions waiting for an answering thread").register(meters);

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
    middleware.add(new TeamGate(identity));
    middleware.add(new EventGate(deduplicator, identity));
    this.app = new App(appConfig, middleware);
    app.asOAuthApp(false);

    ReplySender sender = new ReplySender(slack, settings.botToken(), new BlockKitRenderer(), new Outbox(posting, meters));
    Workers workers = new Workers(answering, inFlight, new SlackErrorHandler(), meters);
    app.command(settings.askCommand(), new SlashCommandHandler(chat, sender, workers, settings.askEphemeral()));
    app.event(AppMentionEvent.class, new MentionHandler(chat, sender, workers, deduplicator));
    app.event(MessageEvent.class, new DirectMessageHandler(chat, sender, workers, deduplicator));
    app.blockAction(Pattern.compile(ButtonHandler.ACTION_ID_PATTERN), new ButtonHandler(chat, sender, workers));
  }

  /** One log line per finished request: the answered ones at debug, every give-up as a warning naming it. */
  private static InFlight.Listener finishedLogger(MeterRegistry meters) {
    return (request, answered, why) -> {
      meters.counter("articlebot.requests.finished", "frontend", "slack", "result", answered ? "answered" : "gave_up").increment();
      if (answered) {
        log.debug("Slack: answered {}", request);
      } else {
        log.warn("Slack: gave up {}, acked {} ms ago: {}", request,
            Duration.between(request.acked(), Instant.now()).toMillis(), why);
      }
    };
  }

  public App app() {
    return app;
  }

  public SlackSettings settings() {
    return settings;
  }

  InFlight inFlight() {
    return inFlight;
  }

  /** Starts Bolt and, in the background, learns the bot's own user, team and app ids. */
  public void start() {
    app.start();
    try {
      answering.execute(() -> identity.learn(slack.methods(settings.botToken())));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // closed before it started: nothing to learn
    }
  }

  /**
   * Finishes what was acknowledged, for at most {@code grace}, then gives up the rest with one log
   * line each. The caller has stopped new requests from arriving.
   */
  public void drain(Duration grace) {
    log.info("Slack: stopping; finishing {} open request(s), for at most {} s", inFlight.size(), grace.toSeconds());
    InFlight.Drained drained = inFlight.drain(grace, SENDING_GRACE, "the bot is shutting down and could not send it in time");
    log.info("Slack: stopped; {} request(s) answered and {} given up while stopping", drained.answered(), drained.gaveUp());
  }

  @Override
  public void close() {
    app.stop();
    answering.shutdownNow();
    posting.shutdownNow();
    inFlight.giveUpAll("the bot stopped");
    try {
      answering.awaitTermination(1, TimeUnit.SECONDS);
      posting.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
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
