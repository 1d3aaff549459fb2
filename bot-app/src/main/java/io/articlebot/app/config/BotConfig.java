package io.articlebot.app.config;

import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.source.PageFetcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The validated configuration: which articles to load, where data goes, chat limits, and the raw
 * keys front ends read.
 */
public record BotConfig(
    Path source, List<ArticleSpec> articles, Path dataDir, ChatLimits chatLimits, Map<String, String> keys,
    PageFetcher.Limits fetchLimits) {
  public static final int DEFAULT_CONVERSATION_MINUTES = 15;
  public BotConfig {
    articles = List.copyOf(articles);
    keys = Map.copyOf(keys);
    fetchLimits = fetchLimits == null ? PageFetcher.Limits.DEFAULT : fetchLimits;
  }

  public BotConfig(Path source, List<ArticleSpec> articles, Path dataDir, ChatLimits chatLimits, Map<String, String> keys) {
    this(source, articles, dataDir, chatLimits, keys, PageFetcher.Limits.DEFAULT);
  }

  /** How long a conversation is remembered after its last question ({@code chat.conversation-minutes}, checked at load). */
  public Duration conversationIdle() {
    String minutes = keys.get("chat.conversation-minutes");
    return Duration.ofMinutes(minutes == null || minutes.isBlank() ? DEFAULT_CONVERSATION_MINUTES : Integer.parseInt(minutes.strip()));
  }

  public BotConfig withArticles(List<ArticleSpec> replacement) {
    return new BotConfig(source, replacement, dataDir, chatLimits, keys, fetchLimits);
  }
}
