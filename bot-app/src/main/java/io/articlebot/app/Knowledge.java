package io.articlebot.app;

import io.articlebot.app.config.ArticleSpec;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.search.ArticleIndex;
import io.articlebot.core.search.SearchEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The loaded articles, their index and the engine that answers from them. */
public record Knowledge(List<Article> articles, SearchEngine engine) {
  public static Knowledge load(List<ArticleSpec> specs) throws StartupException {
    if (specs.isEmpty()) {
      throw new StartupException("No article to answer from. Set 'articles' in config/article-bot.properties, or pass"
          + " --article PATH or --articles DIR.");
    }
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ArticleSpec s : specs) {
      try {
        Article a = ArticleLoader.load(s.path(), s.id(), s.title(), s.source(), s.url(), s.date());
        if (!ids.add(a.id())) {
          throw new StartupException("Two articles have the id '" + a.id() + "' (" + s.path() + "). Rename one of the files.");
        }
        articles.add(a);
      } catch (ArticleLoader.ArticleException e) {
        throw new StartupException(e.getMessage(), e);
      }
    }
    return new Knowledge(List.copyOf(articles), new SearchEngine(ArticleIndex.build(articles)));
  }

  public List<ArticleInfo> infos() {
    return articles.stream().map(Article::info).toList();
  }
}
