package io.articlebot.app.cli;

import io.articlebot.app.config.ArticleSpec;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.config.ConfigLoader;
import io.articlebot.core.chat.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes. The config file is found at {@code --config}, else
 * {@code $ARTICLE_BOT_CONFIG}, else {@code $ARTICLE_BOT_HOME/config/article-bot.properties} (the
 * launcher script sets the home), else {@code ./config/article-bot.properties}.
 */
public final class GlobalOptions {
  @Option(names = "--config", paramLabel = "PATH", scope = ScopeType.INHERIT, description = "Config file (default: config/article-bot.properties).")
  Path config;

  @Option(names = "--article", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
      description = "Answer from this article (a .txt, .md, .html or .pdf file, or an http(s) URL) instead of the configured ones (repeatable).")
  List<String> articles = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Answer from every .txt, .md, .html and .pdf file in this folder instead of the configured articles.")
  Path articlesDir;

  /** The folder given with {@code --articles}, or null. */
  public Path articlesDir() {
    return articlesDir;
  }

  /** The validated config, with articles replaced by {@code --article}/{@code --articles} when given. */
  public BotConfig resolve(Map<String, String> env, Set<String> frontEndKeys) throws StartupException {
    Path file = configFile(env);
    BotConfig config;
    if (file != null) {
      config = ConfigLoader.load(file, frontEndKeys);
    } else if (!articles.isEmpty() || articlesDir != null) {
      config = ConfigLoader.defaults(home(env).resolve("data"));
    } else {
      throw new StartupException("No config found. Run from the project folder (where config/article-bot.properties is),"
          + " or pass --config PATH, or pass --article PATH to answer from one file.");
    }
    List<ArticleSpec> override = new ArrayList<>(ConfigLoader.entrySpecs(articles, Path.of(""), config.keys()));
    if (articlesDir != null) {
      override.addAll(ConfigLoader.specs(ConfigLoader.articlesIn(articlesDir), config.keys(), true));
    }
    if (!override.isEmpty()) {
      config = config.withArticles(override, articlesDir == null ? List.of() : List.of(articlesDir.toAbsolutePath().normalize()));
    }
    return config;
  }

  private Path configFile(Map<String, String> env) throws StartupException {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new StartupException("Config file " + config + " not found. Check the --config path.");
      }
      return config;
    }
    String fromEnv = env.get("ARTICLE_BOT_CONFIG");
    if (fromEnv != null && !fromEnv.isBlank()) {
      Path p = Path.of(fromEnv);
      if (!Files.isRegularFile(p)) {
        throw new StartupException("ARTICLE_BOT_CONFIG points at " + p + ", which is not a file.");
      }
      return p;
    }
    Path candidate = home(env).resolve("config/article-bot.properties");
    return Files.isRegularFile(candidate) ? candidate : null;
  }

  private static Path home(Map<String, String> env) {
    String home = env.get("ARTICLE_BOT_HOME");
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }
}
