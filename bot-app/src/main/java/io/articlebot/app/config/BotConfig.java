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
  public static final int DEFAULT_RETENTION_DAYS = 90;

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

  /** Whether readers' questions are kept in the question log ({@code questions.log}, on by default). */
  public boolean logsQuestions() {
    String v = keys.getOrDefault("questions.log", "on").strip();
    return v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true");
  }

  /** How long the question log keeps a question ({@code questions.retention-days}; zero keeps them for ever). */
  public Duration questionRetention() {
    String days = keys.get("questions.retention-days");
    return Duration.ofDays(days == null || days.isBlank() ? DEFAULT_RETENTION_DAYS : Integer.parseInt(days.strip()));
  }

  public BotConfig withArticles(List<ArticleSpec> replacement) {
    return new BotConfig(source, replacement, dataDir, chatLimits, keys, fetchLimits);
  }
}
