package io.articlebot.discord;

import io.articlebot.core.chat.Settings;
import io.articlebot.core.chat.StartupException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;

/**
 * Which shards this process runs. Without config, Discord's recommended shard count is used and
 * every shard runs here; large bots split the shards over processes with both keys set.
 *
 * @param total empty for Discord's recommendation
 * @param ids the shards this process runs; empty for all of them
 */
public record ShardSettings(Optional<Integer> total, List<Integer> ids) {
  public static final String TOTAL_KEY = "discord.shards.total";
  public static final String IDS_KEY = "discord.shards.ids";

  public ShardSettings {
    ids = List.copyOf(ids);
  }

  public static ShardSettings from(Settings settings) throws StartupException {
    Optional<String> totalText = settings.config(TOTAL_KEY);
    Optional<String> idsText = settings.config(IDS_KEY);
    if (totalText.isEmpty()) {
      if (idsText.isPresent()) {
        throw new StartupException(IDS_KEY + " needs " + TOTAL_KEY + " as well: set the total number of shards of the"
            + " bot, e.g. " + TOTAL_KEY + ": 2 with " + IDS_KEY + ": \"0,1\".");
      }
      return new ShardSettings(Optional.empty(), List.of());
    }
    int total = parse(totalText.get(), TOTAL_KEY);
    if (total < 1) {
      throw new StartupException(TOTAL_KEY + " must be 1 or more, got " + totalText.get() + ".");
    }
    if (idsText.isEmpty()) {
      return new ShardSettings(Optional.of(total), List.of());
    }
    Set<Integer> ids = new LinkedHashSet<>();
    for (String part : idsText.get().split(",")) {
      int id = parse(part.strip(), IDS_KEY);
      if (id < 0 || id >= total) {
        throw new StartupException(IDS_KEY + " holds shard " + id + ", but shard ids go from 0 to " + (total - 1)
            + " when " + TOTAL_KEY + " is " + total + ".");
      }
      ids.add(id);
    }
    return new ShardSettings(Optional.of(total), new ArrayList<>(ids));
  }

  private static int parse(String text, String key) throws StartupException {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new StartupException(key + " must be a whole number" + (key.equals(IDS_KEY) ? " or a comma-separated list"
          + " of them, e.g. \"0,1\"" : "") + "; got \"" + text + "\".");
    }
  }

  void applyTo(DefaultShardManagerBuilder builder) {
    total.ifPresent(builder::setShardsTotal);
    if (!ids.isEmpty()) {
      builder.setShards(ids);
    }
  }
}
