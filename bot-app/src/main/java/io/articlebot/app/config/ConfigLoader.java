package io.articlebot.app.config;

import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.article.Extractors;
import io.articlebot.core.source.PageFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.StartupException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code article-bot.properties}, refusing unknown keys and bad values with a message that
 * says how to fix them. Relative paths are relative to the config file's folder.
 */
public final class ConfigLoader {
  private static final Set<String> CORE_KEYS = Set.of(
      "articles", "articles.dir", "data.dir", "chat.max-question-chars", "chat.cooldown-seconds", "chat.cooldown-burst", "chat.remembered-answers",
      "chat.conversation-minutes", "fetch.timeout-seconds", "fetch.max-megabytes", "questions.log", "questions.retention-days",
      "ops.address", "shutdown.grace-seconds");
  private static final Pattern ARTICLE_KEY = Pattern.compile("article\\.([A-Za-z0-9._-]+)\\.(title|source|url|date)");

  private ConfigLoader() {}

  /**
   * @param frontEndKeys keys the front ends read (e.g. {@code discord.shards.total})
   */
  public static BotConfig load(Path file, Set<String> frontEndKeys) throws StartupException {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException e) {
      throw new StartupException("Cannot read config " + file + " (" + e.getMessage() + "). Pass --config PATH, or run from the"
          + " project folder where config/article-bot.properties lives.", e);
    }
    Map<String, String> keys = new LinkedHashMap<>();
    for (String k : new TreeSet<>(props.stringPropertyNames())) {
      keys.put(k, props.getProperty(k).strip());
    }
    Set<String> known = new HashSet<>(CORE_KEYS);
    known.addAll(frontEndKeys);
    for (String k : keys.keySet()) {
      if (!known.contains(k) && !ARTICLE_KEY.matcher(k).matches()) {
        throw new StartupException("Unknown config key '" + k + "' in " + file + ". Known keys: " + new TreeSet<>(known)
            + " and article.<id>.title|source|url|date. Fix the spelling or remove the line.");
      }
    }
    Path base = file.toAbsolutePath().getParent();
    List<String> entries = new ArrayList<>();
    for (String p : keys.getOrDefault("articles", "").split(",")) {
      if (!p.isBlank()) {
        entries.add(p.strip());
      }
    }
    List<ArticleSpec> articles = new ArrayList<>(entrySpecs(entries, base, keys));
    List<Path> folders = new ArrayList<>();
    if (keys.containsKey("articles.dir")) {
      Path folder = base.resolve(keys.get("articles.dir")).normalize();
      articles.addAll(specs(articlesIn(folder), keys, true));
      folders.add(folder);
    }
    Path dataDir = base.resolve(keys.getOrDefault("data.dir", "../data")).normalize();
    ChatLimits defaults = ChatLimits.DEFAULT;
    ChatLimits limits = new ChatLimits(
        positiveInt(keys, "chat.max-question-chars", defaults.maxQuestionChars(), file),
        Duration.ofSeconds(nonNegativeInt(keys, "chat.cooldown-seconds", (int) defaults.cooldown().toSeconds(), file)),
        positiveInt(keys, "chat.remembered-answers", defaults.rememberedAnswers(), file),
        positiveInt(keys, "chat.cooldown-burst", defaults.burst(), file));
    positiveInt(keys, "chat.conversation-minutes", BotConfig.DEFAULT_CONVERSATION_MINUTES, file);
    nonNegativeInt(keys, "questions.retention-days", BotConfig.DEFAULT_RETENTION_DAYS, file);
    String questionLog = keys.getOrDefault("questions.log", "on");
    if (!questionLog.matches("(?i)on|off|true|false")) {
      throw new StartupException("Config key questions.log in " + file + " must be on or off, got '" + questionLog + "'.");
    }
    PageFetcher.Limits fetch = new PageFetcher.Limits(
        Duration.ofSeconds(positiveInt(keys, "fetch.timeout-seconds", (int) PageFetcher.Limits.DEFAULT.timeout().toSeconds(), file)),
        positiveInt(keys, "fetch.max-megabytes", (int) (PageFetcher.Limits.DEFAULT.maxBytes() >> 20), file) * 1024L * 1024L);
    return new BotConfig(file, articles, dataDir, limits, keys, fetch, folders);
  }

  /** The config used when none is given: the article(s) from the command line, default limits. */
  public static BotConfig defaults(Path dataDir) {
    return new BotConfig(null, List.of(), dataDir, ChatLimits.DEFAULT, Map.of());
  }

  /**
   * Article specs for entries named one by one (in {@code articles=} or by {@code --article}): an
   * {@code http(s)://} entry is a web page, anything else a file path relative to {@code base}.
   */
  public static List<ArticleSpec> entrySpecs(List<String> entries, Path base, Map<String, String> keys) throws StartupException {
    List<ArticleSpec> out = new ArrayList<>();
    for (String entry : entries) {
      if (entry.matches("(?i)^https?://.*")) {
        URI page;
        try {
          page = new URI(entry);
        } catch (URISyntaxException e) {
          throw new StartupException("'" + entry + "' is not a valid web address (" + e.getReason() + "). Quote it, and"
              + " percent-encode spaces as %20.", e);
        }
        if (page.getHost() == null) {
          throw new StartupException("'" + entry + "' has no host name. Write it as https://host/path.");
        }
        String id = ArticleLoader.idFor(page);
        out.add(ArticleSpec.webPage(page, id, keys.get("article." + id + ".title"), keys.get("article." + id + ".source"),
            keys.get("article." + id + ".url"), keys.get("article." + id + ".date")));
      } else {
        out.addAll(specs(List.of(base.resolve(entry).normalize()), keys));
      }
    }
    return out;
  }

  /** Article specs for paths named one by one, with metadata from {@code article.<id>.*} keys. */
  public static List<ArticleSpec> specs(List<Path> paths, Map<String, String> keys) {
    return specs(paths, keys, false);
  }

  /** @param fromFolder the paths were found in an articles folder (a broken one is skipped, not fatal) */
  public static List<ArticleSpec> specs(List<Path> paths, Map<String, String> keys, boolean fromFolder) {
    List<ArticleSpec> out = new ArrayList<>();
    for (Path p : paths) {
      String id = ArticleLoader.idFor(p);
      out.add(new ArticleSpec(p, id, keys.get("article." + id + ".title"), keys.get("article." + id + ".source"),
          keys.get("article." + id + ".url"), keys.get("article." + id + ".date"), fromFolder));
    }
    return out;
  }

  /** The article files of a folder (text, Markdown, web pages, PDFs), sorted by name; at least one. */
  public static List<Path> articlesIn(Path dir) throws StartupException {
    List<Path> out = filesIn(dir);
    if (out.isEmpty()) {
      throw new StartupException("Articles folder " + dir + " has no article files (.txt, .md, .html, .pdf).");
    }
    return out;
  }

  /** The article files of a folder, sorted by name; none is fine (a watched folder may empty). */
  public static List<Path> filesIn(Path dir) throws StartupException {
    if (!Files.isDirectory(dir)) {
      throw new StartupException("Articles folder " + dir + " does not exist. Create it or fix the path.");
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> isArticleFile(f.getFileName().toString()) && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new StartupException("Cannot list articles folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** An article file's name: .txt, .md, .html, .pdf..., not a hidden or editor's temporary file. */
  public static boolean isArticleFile(String name) {
    return !name.startsWith(".") && !name.endsWith("~") && Extractors.ARTICLE_FILE.matcher(name).matches();
  }

  private static int positiveInt(Map<String, String> keys, String key, int fallback, Path file) throws StartupException {
    int v = nonNegativeInt(keys, key, fallback, file);
    if (v == 0) {
      throw new StartupException("Config key " + key + " in " + file + " must be at least 1.");
    }
    return v;
  }

  private static int nonNegativeInt(Map<String, String> keys, String key, int fallback, Path file) throws StartupException {
    String raw = keys.get(key);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    Matcher m = Pattern.compile("\\d{1,9}").matcher(raw);
    if (!m.matches()) {
      throw new StartupException("Config key " + key + " in " + file + " must be a whole number, got '" + raw + "'.");
    }
    return Integer.parseInt(raw);
  }
}
