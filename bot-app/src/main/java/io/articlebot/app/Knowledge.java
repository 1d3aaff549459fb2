package io.articlebot.app;

import io.articlebot.app.config.ArticleSpec;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.article.Article;
import io.articlebot.core.chat.ArticleChanges;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingException;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.search.SearchEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The loaded articles, their index and the engine that answers from them.
 *
 * @param skipped files of an articles folder that could not be loaded, as "name: why" (shown by
 *     {@code sources} and logged at start)
 */
public record Knowledge(List<Article> articles, SearchEngine engine, List<String> skipped, List<ArticleChanges> history) {
  public Knowledge {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    history = List.copyOf(history);
  }

  public Knowledge(List<Article> articles, SearchEngine engine, List<String> skipped) {
    this(articles, engine, skipped, List.of());
  }

  public Knowledge(List<Article> articles, SearchEngine engine) {
    this(articles, engine, List.of());
  }

  /** Embeddings are kept here, under the data directory, so unchanged articles are embedded once. */
  public static Path embeddingsDir(Path dataDir) {
    return dataDir.resolve("embeddings");
  }

  /**
   * Loads articles into an index in memory, keeping nothing on disk (web pages are fetched each
   * time, articles embedded each time): for tests. The bot itself answers from a {@link Library}.
   */
  public static Knowledge load(List<ArticleSpec> specs) throws StartupException {
    return load(specs, ArticleSources.inMemory(), EmbeddingStore.none());
  }


  /** Articles through {@code sources}, keeping no embeddings on disk. */
  public static Knowledge load(List<ArticleSpec> specs, ArticleSources sources) throws StartupException {
    return load(specs, sources, EmbeddingStore.none());
  }

  /**
   * Loads every article. A file named on its own that cannot be read stops start-up; one found in
   * an articles folder, or a web page that cannot be fetched, is skipped, unless no article at all
   * could be loaded.
   */
  public static Knowledge load(List<ArticleSpec> specs, ArticleSources sources, EmbeddingStore embeddings) throws StartupException {
    if (specs.isEmpty()) {
      throw new StartupException("No article to answer from. Set 'articles' in config/article-bot.properties, or pass"
          + " --article PATH or --articles DIR.");
    }
    List<Article> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ArticleSpec s : specs) {
      try {
        Article a = sources.load(s);
        if (!ids.add(a.id())) {
          throw new StartupException("Two articles have the id '" + a.id() + "' (" + s.location() + "). Rename one of the"
              + " files, or set a different article.<id>.title for one.");
        }
        articles.add(a);
      } catch (IOException e) {
        if (!s.skippable()) {
          throw new StartupException(e.getMessage(), e);
        }
        String name = s.isWebPage() ? s.location() : String.valueOf(s.path().getFileName());
        String why = s.isWebPage() ? e.getMessage() : e.getMessage().replace(s.path().toString(), name);
        skipped.add(name + ": " + why + (s.isWebPage() ? " (run 'refresh' to try again)" : ""));
      }
    }
    if (articles.isEmpty()) {
      throw new StartupException("No article could be loaded: " + String.join("; ", skipped));
    }
    try {
      return new Knowledge(articles, new SearchEngine(ArticleIndex.build(articles, BgeSmallEmbedder.shared(), embeddings)), skipped);
    } catch (EmbeddingException e) {
      throw new StartupException(e.getMessage(), e);
    }
  }

  /** Tells the person at the terminal which files were skipped, for commands that don't log. */
  public void warnSkipped(PrintStream err) {
    for (String s : skipped) {
      err.println("article-bot: skipped " + s);
    }
  }

  public List<ArticleInfo> infos() {
    return articles.stream().map(Article::info).toList();
  }
}
