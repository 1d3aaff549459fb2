package io.articlebot.app.config;

import io.articlebot.core.chat.ChatLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The validated configuration: which articles to load, where data goes, chat limits, and the raw
 * keys front ends read.
 */
public record BotConfig(Path source, List<ArticleSpec> articles, Path dataDir, ChatLimits chatLimits, Map<String, String> keys) {
  public BotConfig {
    articles = List.copyOf(articles);
    keys = Map.copyOf(keys);
  }

  public BotConfig withArticles(List<ArticleSpec> replacement) {
    return new BotConfig(source, replacement, dataDir, chatLimits, keys);
  }
}
