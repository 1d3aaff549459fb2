package io.articlebot.discord;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once a shard is connected: on the one server named by
 * {@code DISCORD_GUILD_ID} when set (changes show instantly there, handy while developing), else
 * globally, once per process, since global commands belong to the application, not to a shard.
 */
public final class CommandRegistrar extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

  private final Optional<String> guildId;
  private final String inviteUrl;
  private final DiscordErrorHandler errors;
  private final AtomicBoolean globalDone = new AtomicBoolean();

  CommandRegistrar(Optional<String> guildId, String inviteUrl, DiscordErrorHandler errors) {
    this.guildId = guildId;
    this.inviteUrl = inviteUrl;
    this.errors = errors;
  }

  @Override
  public void onReady(ReadyEvent event) {
    JDA jda = event.getJDA();
    LOG.info("Discord: shard {} connected", jda.getShardInfo().getShardString());
    if (guildId.isEmpty()) {
      if (globalDone.compareAndSet(false, true)) {
        jda.updateCommands().addCommands(SlashCommands.all()).queue(
            done -> LOG.info("Discord: registered {} global slash commands", done.size()),
            errors.restFailed("registering the global slash commands"));
      }
    } else if (ownsGuild(jda) && jda.getGuildById(guildId.get()) == null) {
      LOG.warn("Discord: the bot is not a member of server {} (DISCORD_GUILD_ID), so its slash commands are not"
          + " registered there; invite it with {}", guildId.get(), inviteUrl);
    }
  }

  @Override
  public void onGuildReady(GuildReadyEvent event) {
    if (guildId.isPresent() && guildId.get().equals(event.getGuild().getId())) {
      event.getGuild().updateCommands().addCommands(SlashCommands.all()).queue(
          done -> LOG.info("Discord: registered {} slash commands on server {}", done.size(), guildId.get()),
          errors.restFailed("registering the slash commands on server " + guildId.get()));
    }
  }

  /** Each server lives on exactly one shard: (server id >> 22) mod shard count. */
  private boolean ownsGuild(JDA jda) {
    JDA.ShardInfo shard = jda.getShardInfo();
    return (Long.parseLong(guildId.get()) >>> 22) % shard.getShardTotal() == shard.getShardId();
  }
}
