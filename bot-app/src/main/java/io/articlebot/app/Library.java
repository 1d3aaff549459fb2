package io.articlebot.app;

import io.articlebot.app.config.ArticleSpec;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.article.Article;
import io.articlebot.core.chat.ArticleChanges;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingException;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.index.IndexStore;
import io.articlebot.core.search.SearchEngine;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The articles the bot answers from, in the index kept in the data folder ({@code data/index}),
 * brought up to date at start-up and on every {@link #reload}: a changed file is indexed again
 * alone, and questions go on being answered from the previous {@link Knowledge} until the new one is
 * committed and swapped in. Holds the index's lock until closed: a second process on the same data
 * folder is refused at {@link #open}. Thread-safe; reloads run one at a time.
 */
public final class Library implements Closeable {
  /** How many reloads {@code sources} remembers. */
  private static final int HISTORY = 5;

  private final BotConfig config;
  private final ArticleSources sources;
  private final IndexStore store;
  private final Consumer<String> notes;
  private final Clock clock;
  private final List<Consumer<Knowledge>> listeners = new CopyOnWriteArrayList<>();
  private final Deque<ArticleChanges> history = new ArrayDeque<>();
  private volatile Knowledge current;

  private Library(BotConfig config, ArticleSources sources, IndexStore store, Consumer<String> notes, Clock clock) {
    this.config = config;
    this.sources = sources;
    this.store = store;
    this.notes = notes;
    this.clock = clock;
  }

  /** Where the index lives under the data folder. */
  public static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  /**
   * Opens the index in the data folder, brings it to the configured articles and answers from it.
   *
   * @param notes told, in a line each, what was done to the index (reused, updated, rebuilt)
   * @throws StartupException when another process has the data folder, when a file named on its
   *     own cannot be read, or when no article at all can
   */
  public static Library open(BotConfig config, Consumer<String> notes) throws StartupException {
    BgeSmallEmbedder.cacheIn(config.dataDir().resolve("models"));
    return open(config, ArticleSources.of(config), new WarmingEmbedder(), EmbeddingStore.at(Knowledge.embeddingsDir(config.dataDir())),
        notes, Clock.systemUTC());
  }

  /** With the pieces chosen by the caller, for tests. */
  public static Library open(BotConfig config, ArticleSources sources, TextEmbedder embedder, EmbeddingStore embeddings,
      Consumer<String> notes, Clock clock) throws StartupException {
    if (config.articles().isEmpty()) {
      throw new StartupException("No article to answer from. Set 'articles' in config/article-bot.properties, or pass"
          + " --article PATH or --articles DIR.");
    }
    IndexStore store;
    Path dir = indexDir(config.dataDir());
    try {
      store = IndexStore.open(dir, embedder, embeddings);
    } catch (IndexStore.LockedException e) {
      throw new StartupException(e.getMessage(), e);
    } catch (IOException e) {
      throw new StartupException("Cannot open the index in " + dir + " (" + e.getMessage() + "). Set data.dir in the config to a"
          + " writable folder.", e);
    }
    Library library = new Library(config, sources, store, notes, clock);
    WarmingEmbedder warming = embedder instanceof WarmingEmbedder w ? w : null;
    if (warming != null) {
      warming.start(); // the index is ours: load the model while it is read
    }
    try {
      library.sync(config.articles(), true);
    } catch (EmbeddingException e) {
      library.close();
      throw new StartupException(e.getMessage(), e);
    } catch (StartupException | RuntimeException e) {
      library.close();
      if (warming != null) {
        warming.settle();
      }
      throw e;
    }
    return library;
  }

  /**
   * Waits for the embedding model (loading since {@link #open}), so that a model that cannot start
   * stops start-up with its message rather than failing the first question.
   */
  public void awaitModel() throws StartupException {
    try {
      current.engine().index().embedder().dimension();
    } catch (EmbeddingException e) {
      throw new StartupException(e.getMessage(), e);
    }
  }

  /** What the bot answers from now. */
  public Knowledge current() {
    return current;
  }

  /** Told of every new {@link Knowledge} once it is in use. */
  public void onChange(Consumer<Knowledge> listener) {
    listeners.add(listener);
  }

  public BotConfig config() {
    return config;
  }

  /** The folders to watch: the articles folders, and the folders of files named one by one. */
  public List<Path> watchedFolders() {
    Set<Path> out = new java.util.LinkedHashSet<>(config.articleFolders());
    for (ArticleSpec s : config.articles()) {
      if (!s.isWebPage() && !s.fromFolder()) {
        Path parent = s.path().toAbsolutePath().normalize().getParent();
        if (parent != null) {
          out.add(parent);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Reads the articles folders again and brings the index to what they hold now. Keeps the
   * current articles when none at all could be loaded.
   *
   * @return what changed (nothing, most of the time)
   */
  public ArticleChanges reload() throws StartupException {
    return sync(config.currentArticles(), false);
  }

  /** Fetches the web pages again (keeping a page's old copy when it fails), then reloads. */
  public ArticleChanges refresh() throws StartupException {
    List<ArticleSpec> specs = config.currentArticles();
    List<String> failed = new ArrayList<>();
    for (ArticleSpec s : specs) {
      if (s.isWebPage()) {
        try {
          sources.refresh(s);
        } catch (IOException e) {
          failed.add(s.location() + ": " + e.getMessage() + " (kept the copy from before)");
        }
      }
    }
    ArticleChanges changes = sync(specs, false);
    if (failed.isEmpty()) {
      return changes;
    }
    List<String> all = new ArrayList<>(changes.failed());
    all.addAll(failed);
    return new ArticleChanges(changes.at(), changes.added(), changes.changed(), changes.removed(), all);
  }

  private synchronized ArticleChanges sync(List<ArticleSpec> specs, boolean starting) throws StartupException {
    Map<String, ArticleSpec> byId = new HashMap<>();
    List<IndexStore.Source> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> skipped = new ArrayList<>();
    for (ArticleSpec s : specs) {
      if (!ids.add(s.id())) {
        String message = "Two articles have the id '" + s.id() + "' (" + s.location() + "). Rename one of the files, or set a"
            + " different article.<id>.title for one.";
        if (starting) {
          throw new StartupException(message);
        }
        skipped.add(name(s) + ": " + message);
        continue;
      }
      byId.put(s.id(), s);
      list.add(new IndexStore.Source(s.id(), sources.stamp(s), () -> sources.load(s)));
    }
    IndexStore.Sync sync;
    try {
      sync = store.sync(list, progress(list.size()));
    } catch (EmbeddingException e) {
      throw new StartupException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new StartupException("Cannot update the index in " + store.directory() + ": " + e.getMessage()
          + ". Set data.dir in the config to a writable folder.", e);
    }
    for (Map.Entry<String, String> f : sync.failed().entrySet()) {
      ArticleSpec s = byId.get(f.getKey());
      if (starting && !s.skippable()) {
        throw new StartupException(f.getValue());
      }
      skipped.add(name(s) + ": " + (s.isWebPage() ? f.getValue() + " (run 'refresh' to try again)"
          : f.getValue().replace(s.path().toString(), name(s))));
    }
    if (sync.index().articles().isEmpty()) {
      if (starting || current == null) {
        throw new StartupException("No article could be loaded: " + String.join("; ", skipped));
      }
      notes.accept("No article could be loaded (" + String.join("; ", skipped) + "); still answering from the "
          + current.articles().size() + " loaded before.");
      return new ArticleChanges(clock.instant(), List.of(), List.of(), List.of(), skipped);
    }
    ArticleChanges changes = new ArticleChanges(clock.instant(), sync.added(), sync.changed(), sync.removed(), skipped);
    notes.accept(describe(sync));
    if (!starting && (sync.changedAnything() || !skipped.equals(current.skipped()))) {
      history.addFirst(changes);
      while (history.size() > HISTORY) {
        history.removeLast();
      }
    }
    if (current == null || sync.changedAnything() || current.engine().index() != sync.index() || !skipped.equals(current.skipped())) {
      SearchEngine engine = current != null && current.engine().index() == sync.index() ? current.engine() : new SearchEngine(sync.index());
      List<Article> articles = sync.index().articles();
      current = new Knowledge(articles, engine, skipped, List.copyOf(history));
      listeners.forEach(l -> l.accept(current));
    }
    return changes;
  }

  private IndexStore.Progress progress(int total) {
    return new IndexStore.Progress() {
      private long last = System.nanoTime();

      @Override
      public void indexed(String id, int done, int toIndex) {
        // A first start on many articles takes minutes: say how far it got, every 10 s.
        if (System.nanoTime() - last > 10_000_000_000L && done < toIndex) {
          last = System.nanoTime();
          notes.accept(String.format(Locale.ROOT, "indexing articles: %,d of %,d done", done, toIndex));
        }
      }
    };
  }

  private String describe(IndexStore.Sync s) {
    String where = "index in " + store.directory();
    String took = String.format(Locale.ROOT, "%.2f s", s.took().toNanos() / 1e9);
    if (s.rebuilt()) {
      return String.format(Locale.ROOT, "%s built in %s: %,d article(s), %,d sentences, %,d passages embedded%s", where, took,
          s.index().articles().size(), s.index().sentenceCount(), s.embedded(),
          s.from().isEmpty() ? "" : " (it was of version " + s.from() + ", this is " + store.version() + ")");
    }
    if (!s.changedAnything()) {
      return String.format(Locale.ROOT, "%s reused: %,d article(s) unchanged, opened in %s", where, s.reused().size(), took);
    }
    return String.format(Locale.ROOT, "%s updated in %s: %s, %s, %s; %,d article(s) reused", where, took, list("added", s.added()),
        list("changed", s.changed()), list("removed", s.removed()), s.reused().size());
  }

  private static String list(String what, List<String> ids) {
    if (ids.isEmpty()) {
      return "0 " + what;
    }
    String shown = String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", …" : "");
    return ids.size() + " " + what + " (" + shown + ")";
  }

  private static String name(ArticleSpec s) {
    return s.isWebPage() ? s.location() : String.valueOf(s.path().getFileName());
  }

  @Override
  public void close() {
    try {
      store.close();
    } catch (IOException e) {
      notes.accept("Closing the index in " + store.directory() + " failed: " + e.getMessage());
    }
  }
}
