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
    PageFetcher.Limits fetchLimits, List<Path> articleFolders) {
  public static final int DEFAULT_CONVERSATION_MINUTES = 15;
  public static final int DEFAULT_RETENTION_DAYS = 90;

  public BotConfig {
    articles = List.copyOf(articles);
    keys = Map.copyOf(keys);
    fetchLimits = fetchLimits == null ? PageFetcher.Limits.DEFAULT : fetchLimits;
    articleFolders = articleFolders == null ? List.of() : List.copyOf(articleFolders);
  }

  public BotConfig(Path source, List<ArticleSpec> articles, Path dataDir, ChatLimits chatLimits, Map<String, String> keys,
      PageFetcher.Limits fetchLimits) {
    this(source, articles, dataDir, chatLimits, keys, fetchLimits, List.of());
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
    return new BotConfig(source, replacement, dataDir, chatLimits, keys, fetchLimits, articleFolders);
  }

  /**
   * @param folders the articles folders {@code replacement} lists the files of, watched and listed
   *     again on a reload ({@code --articles}, {@code articles.dir})
   */
  public BotConfig withArticles(List<ArticleSpec> replacement, List<Path> folders) {
    return new BotConfig(source, replacement, dataDir, chatLimits, keys, fetchLimits, folders);
  }

  /**
   * The articles as they are now: the ones named one by one, and the files each articles folder
   * holds at this moment (a file added since start-up is in, a deleted one out).
   *
   * @throws StartupException when a folder is gone
   */
  public List<ArticleSpec> currentArticles() throws io.articlebot.core.chat.StartupException {
    if (articleFolders.isEmpty()) {
      return articles;
    }
    List<ArticleSpec> out = new java.util.ArrayList<>(articles.stream().filter(a -> !a.fromFolder()).toList());
    for (Path folder : articleFolders) {
      out.addAll(ConfigLoader.specs(ConfigLoader.filesIn(folder), keys, true));
    }
    return out;
  }
}
