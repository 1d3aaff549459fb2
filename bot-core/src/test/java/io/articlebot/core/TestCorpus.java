package io.articlebot.core;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.search.SearchEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test corpora under {@code src/test/resources/corpus}, loaded the way the bot loads articles. */
public final class TestCorpus {
  private TestCorpus() {}

  public static Path path(String name) {
    URL url = TestCorpus.class.getResource("/corpus/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource corpus/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Article load(String name) {
    try {
      return ArticleLoader.load(path(name), null, null, null, null, null);
    } catch (ArticleLoader.ArticleException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bundled article, {@code config/articles/deepseek-asianfin.txt} (copied to the test class path by the build). */
  public static Article deepseek() {
    return Holder.DEEPSEEK;
  }

  public static Article harbor() {
    return Holder.HARBOR;
  }

  public static SearchEngine deepseekEngine() {
    return Holder.DEEPSEEK_ENGINE;
  }

  public static SearchEngine harborEngine() {
    return Holder.HARBOR_ENGINE;
  }

  private static final class Holder {
    static final Article DEEPSEEK = load("deepseek-asianfin.txt");
    static final Article HARBOR = load("harbor-library.md");
    static final SearchEngine DEEPSEEK_ENGINE = new SearchEngine(ArticleIndex.build(List.of(DEEPSEEK)));
    static final SearchEngine HARBOR_ENGINE = new SearchEngine(ArticleIndex.build(List.of(HARBOR)));
  }
}
