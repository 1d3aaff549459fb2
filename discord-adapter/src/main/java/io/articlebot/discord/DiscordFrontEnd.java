package io.articlebot.discord;

import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.InFlight;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.StartupException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's connection to Discord: one JDA shard manager, the listeners, and the worker pool on
 * which every call into the chat layer runs, so that JDA's event threads never block.
 */
public final class DiscordFrontEnd implements FrontEnd {
  /**
   * Messages in servers (for mentions) and in DMs. Not MESSAGE_CONTENT: Discord still sends the
   * text of messages that mention the bot, and of DMs. JDA always adds the GUILDS intent itself.
   */
  static final Set<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
  private static final Logger LOG = LoggerFactory.getLogger(DiscordFrontEnd.class);
  private static final int WORKERS = 4;
  private static final int QUEUED_REQUESTS = 200;
  /** After the grace, how long replies already handed to JDA may take to be sent. */
  private static final Duration ON_THE_WIRE = Duration.ofSeconds(2);

  private final DiscordConfig config;
  private final ChatService chat;
  private final DiscordErrorHandler errors = new DiscordErrorHandler();
  private final MeterRegistry meters;
  private final InFlight inFlight;
  private ThreadPoolExecutor workers;
  private ShardManager shards;

  DiscordFrontEnd(DiscordConfig config, ChatService chat, MeterRegistry meters) {
    this.config = config;
    this.chat = chat;
    this.meters = meters;
    this.inFlight = DiscordRequests.create(WORKERS + QUEUED_REQUESTS, meters);
    Gauge.builder("articlebot.requests.open", inFlight, InFlight::size).tag("frontend", "discord")
        .description("acknowledged requests not yet answered or given up").register(meters);
  }

  @Override
  public String name() {
    return "discord";
  }

  /** The link to add the bot to a server. */
  public String inviteUrl() {
    return InviteUrl.forClient(config.token().botId());
  }

  @Override
  public synchronized void start() throws StartupException {
    // Belt and braces with the per-message settings: nothing the bot sends may ping anyone.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    LOG.info("Discord: invite the bot to a server with {}", inviteUrl());
    String apiBase = config.apiUrl().orElse(RestConfig.DEFAULT_BASE_URL);
    DiscordPreflight.check(apiBase, config.token());
    workers = newWorkerPool();
    ThreadPoolExecutor pool = workers;
    Gauge.builder("articlebot.queue.depth", pool, p -> p.getQueue().size()).tag("frontend", "discord")
        .description("questions waiting for an answering thread").register(meters);
    try {
      shards = builder().build();
    } catch (InvalidTokenException rejected) {
      close();
      throw DiscordPreflight.rejected();
    } catch (RuntimeException unreachable) {
      close();
      throw DiscordPreflight.unreachable(apiBase, DiscordErrorHandler.describe(rootCause(unreachable)));
    }
    LOG.info("Discord: connecting {} shard(s)", shards.getShardsTotal());
  }

  private DefaultShardManagerBuilder builder() {
    ChatTask chatTask = new ChatTask(new EmbedRenderer(), errors);
    InteractionResponder responder = new InteractionResponder(chatTask, workers, errors, inFlight);
    DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(config.token().value(), INTENTS)
        .setMemberCachePolicy(MemberCachePolicy.NONE)
        .setChunkingFilter(ChunkingFilter.NONE)
        .disableCache(EnumSet.allOf(CacheFlag.class))
        .addEventListeners(
            new SlashCommandListener(chat, responder),
            new ButtonListener(chat, responder),
            new MentionListener(chat, chatTask, workers, errors, inFlight),
            new CommandRegistrar(config.guildId(), inviteUrl(), errors));
    config.shards().applyTo(builder);
    config.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
    return builder;
  }

  private static ThreadPoolExecutor newWorkerPool() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads = task -> {
      Thread t = new Thread(task, "discord-chat-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    // Bounded, so that a flood of questions is turned away politely instead of exhausting memory.
    return new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_REQUESTS), threads);
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Override
  public boolean ready() {
    ShardManager s = shards;
    return s != null && !s.getShards().isEmpty() && s.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
  }

  /**
   * Stops taking events, lets the interactions and mentions already taken on finish (at most
   * {@code grace}), gives up and logs the rest, then shuts JDA down after its queued requests.
   */
  @Override
  public void stop(Duration grace) {
    ShardManager s;
    synchronized (this) {
      s = shards;
    }
    if (s != null) {
      s.getShards().forEach(jda -> jda.getRegisteredListeners().forEach(jda::removeEventListener));
    }
    LOG.info("Discord: stopping; finishing {} open request(s), for at most {} s", inFlight.size(), grace.toSeconds());
    InFlight.Drained drained = inFlight.drain(grace, ON_THE_WIRE, "the bot is shutting down and could not send it in time");
    LOG.info("Discord: stopped; {} request(s) answered and {} given up while stopping", drained.answered(), drained.gaveUp());
    close();
  }

  @Override
  public synchronized void close() {
    if (shards != null) {
      shards.shutdown();
      shards = null;
    }
    if (workers != null) {
      workers.shutdown();
      workers = null;
    }
  }
}
