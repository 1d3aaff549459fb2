package io.articlebot.app;

import io.articlebot.app.config.ArticleSpec;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.search.ArticleIndex;
import io.articlebot.core.search.SearchEngine;
import java.io.PrintStream;
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
public record Knowledge(List<Article> articles, SearchEngine engine, List<String> skipped) {
  public Knowledge {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  public Knowledge(List<Article> articles, SearchEngine engine) {
    this(articles, engine, List.of());
  }

  /**
   * Loads every article. A file named on its own that cannot be read stops start-up; one found in
   * an articles folder is skipped, unless no article at all could be loaded.
   */
  public static Knowledge load(List<ArticleSpec> specs) throws StartupException {
    if (specs.isEmpty()) {
      throw new StartupException("No article to answer from. Set 'articles' in config/article-bot.properties, or pass"
          + " --article PATH or --articles DIR.");
    }
    List<Article> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ArticleSpec s : specs) {
      try {
        Article a = ArticleLoader.load(s.path(), s.id(), s.title(), s.source(), s.url(), s.date());
        if (!ids.add(a.id())) {
          throw new StartupException("Two articles have the id '" + a.id() + "' (" + s.path() + "). Rename one of the files.");
        }
        articles.add(a);
      } catch (ArticleLoader.ArticleException e) {
        if (!s.fromFolder()) {
          throw new StartupException(e.getMessage(), e);
        }
        String name = String.valueOf(s.path().getFileName());
        skipped.add(name + ": " + e.getMessage().replace(s.path().toString(), name));
      }
    }
    if (articles.isEmpty()) {
      throw new StartupException("No article could be loaded: " + String.join("; ", skipped));
    }
    return new Knowledge(articles, new SearchEngine(ArticleIndex.build(articles)), skipped);
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
