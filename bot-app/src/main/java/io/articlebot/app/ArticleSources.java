package io.articlebot.app;

import io.articlebot.app.config.ArticleSpec;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleContent;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.article.ArticleOrigin;
import io.articlebot.core.article.ExtractedText;
import io.articlebot.core.source.ExtractedTexts;
import io.articlebot.core.source.FetchedPage;
import io.articlebot.core.source.PageCache;
import io.articlebot.core.source.PageFetcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where articles are read from: files as they are, web pages from the copy kept in the data folder
 * (fetched once, the first time; {@link #refresh} fetches again). The text extracted from a web page
 * or PDF is written to the data folder too ({@link ExtractedTexts}), so every quote can be checked
 * against what the bot read.
 */
public final class ArticleSources {
  private final Supplier<PageFetcher> fetchers;
  private PageFetcher fetcher;
  private final PageCache cache;
  private final ExtractedTexts extracted;

  /** @param dataDir null to keep nothing: pages are fetched on every start and texts are not written */
  public ArticleSources(Path dataDir, PageFetcher fetcher) {
    this(dataDir, () -> fetcher);
  }

  /** @param fetchers makes the fetcher when the first page is fetched: most starts fetch nothing */
  private ArticleSources(Path dataDir, Supplier<PageFetcher> fetchers) {
    this.fetchers = fetchers;
    this.cache = dataDir == null ? null : new PageCache(dataDir);
    this.extracted = dataDir == null ? null : new ExtractedTexts(dataDir);
  }

  public static ArticleSources of(BotConfig config) {
    return new ArticleSources(config.dataDir(), () -> new PageFetcher(config.fetchLimits(), Clock.systemUTC()));
  }

  /** Sources that keep nothing, for tests and benchmarks. */
  public static ArticleSources inMemory() {
    return new ArticleSources(null, () -> new PageFetcher(PageFetcher.Limits.DEFAULT, Clock.systemUTC()));
  }

  /** The article, from its file, or from the kept copy of its page (fetching it the first time). */
  public Article load(ArticleSpec spec) throws IOException {
    if (!spec.isWebPage()) {
      ExtractedText text = ArticleLoader.extract(ArticleLoader.read(spec.path()));
      return toArticle(spec, text, new ArticleOrigin(text.format(), spec.location(), text.metadata().byline(), null), null);
    }
    Optional<FetchedPage> kept = kept(spec);
    FetchedPage page = kept.isPresent() ? kept.get() : fetchAndKeep(spec);
    return fromPage(spec, page);
  }

  /**
   * Fetches a web page again and keeps the new copy, but only once it has been read successfully:
   * a failed refresh leaves the previous copy in use.
   *
   * @return the article made from the new copy
   */
  public Article refresh(ArticleSpec spec) throws IOException {
    if (!spec.isWebPage()) {
      return load(spec);
    }
    FetchedPage page = fetcher().fetch(spec.page());
    Article article = fromPage(spec, page);
    if (cache != null) {
      cache.write(page);
    }
    return article;
  }

  /**
   * Which version of its file {@link #load} would read, without reading it: the path, size and
   * modification time of a file, with the configured metadata. Empty for a web page, which is read
   * from its kept copy every time (and compared by content).
   */
  public String stamp(ArticleSpec spec) {
    if (spec.isWebPage()) {
      return "";
    }
    try {
      var attributes = java.nio.file.Files.readAttributes(spec.path(), java.nio.file.attribute.BasicFileAttributes.class);
      return String.join("\u0000", spec.path().toAbsolutePath().normalize().toString(), Long.toString(attributes.size()),
          attributes.lastModifiedTime().toInstant().toString(), String.valueOf(spec.id()), String.valueOf(spec.title()),
          String.valueOf(spec.source()), String.valueOf(spec.url()), String.valueOf(spec.date()));
    } catch (IOException e) {
      return ""; // read it, and say why it cannot be
    }
  }

  /** When the kept copy of a page was fetched, if there is one. */
  public Optional<FetchedPage> kept(ArticleSpec spec) {
    try {
      return cache == null || !spec.isWebPage() ? Optional.empty() : cache.read(spec.page());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private synchronized PageFetcher fetcher() {
    if (fetcher == null) {
      fetcher = fetchers.get();
    }
    return fetcher;
  }

  private FetchedPage fetchAndKeep(ArticleSpec spec) throws IOException {
    FetchedPage page = fetcher().fetch(spec.page());
    fromPage(spec, page); // refuse to keep what cannot be read
    if (cache != null) {
      cache.write(page);
    }
    return page;
  }

  private Article fromPage(ArticleSpec spec, FetchedPage page) throws IOException {
    String where = page.finalUrl().toString();
    ExtractedText text = ArticleLoader.extract(new ArticleContent(page.body(), where, page.contentType(), where));
    return toArticle(spec, text, new ArticleOrigin(text.format(), spec.location(), text.metadata().byline(), page.fetchedAt()),
        where);
  }

  private Article toArticle(ArticleSpec spec, ExtractedText text, ArticleOrigin origin, String fetchedFrom) throws IOException {
    String url = spec.url() != null && !spec.url().isBlank() ? spec.url()
        : !text.metadata().canonicalUrl().isBlank() ? null : fetchedFrom;
    Article article = ArticleLoader.toArticle(text,
        new ArticleLoader.Overrides(spec.id(), spec.title(), spec.source(), url, spec.date()), origin, spec.location());
    if (extracted != null && text.format().isExtracted()) {
      extracted.write(article.id(), article.text());
    }
    return article;
  }

  /** For messages: where a page's kept copy and extracted text are. */
  public Optional<Path> extractedFile(String articleId) {
    return extracted == null ? Optional.empty() : Optional.of(extracted.fileFor(articleId));
  }
}
