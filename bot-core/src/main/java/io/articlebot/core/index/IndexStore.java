package io.articlebot.core.index;

import io.articlebot.core.analysis.TextAnalyzer;
import io.articlebot.core.article.Article;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.KeptTokens;
import io.articlebot.core.embedding.TextEmbedder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The index kept on disk ({@code <data>/index}, a Lucene {@link FSDirectory}), so that a restart on
 * unchanged articles opens it instead of reading, analysing and embedding them again. Each article
 * is a block of documents (its sentences, then its paragraphs) beside a document that keeps the
 * article (text, paragraph and sentence offsets), the stamp of its file, the hash of its content
 * and its vocabulary; one more document keeps the vocabulary of all articles. {@link #sync}
 * brings the index to a list of articles: an article whose file's stamp is unchanged is taken as
 * it is, one whose content hash is unchanged too; any other is indexed again, alone; an article no
 * longer listed is deleted. Every sync ends in one Lucene commit, so a process killed mid-way leaves
 * the previous commit whole, and the next start carries on from it. An index made by another
 * {@link IndexVersion} is rebuilt from scratch.
 *
 * <p>The store holds Lucene's write lock for its lifetime: a second process on the same folder gets
 * {@link LockedException} and must not touch it. Thread-safe; syncs run one at a time.
 */
public final class IndexStore implements Closeable {
  private static final String META_ID = "meta_id";
  /** Marks the documents that keep an article. */
  private static final String META_KIND = "meta_kind";
  private static final String META_STAMP = "meta_stamp";
  private static final String META_HASH = "meta_hash";
  private static final String META_ARTICLE = "meta_article";
  private static final String META_STATS = "meta_stats";
  private static final String META_VOCABULARY = "meta_vocabulary";
  private static final String GLOBAL = "global";
  private static final String GLOBAL_VOCABULARY = "global_vocabulary";
  private static final String GLOBAL_ORDER = "global_order";
  private static final String LOCAL = "local";
  private static final String VERSION_KEY = "article-bot.version";

  /** An article to hold, and how to read it when the index cannot be trusted to have it. */
  public record Source(String id, String stamp, Reader reader) {
    /**
     * @param stamp says which version of its file the source would read, cheaply, without reading
     *     it (path, size, modification time, configured metadata): an article whose stamp matches the
     *     one kept is not read at all. Empty when there is no such shortcut: read every time, and
     *     compared by content hash.
     */
    public Source {
      Objects.requireNonNull(id, "id");
      stamp = stamp == null ? "" : stamp;
      Objects.requireNonNull(reader, "reader");
    }
  }

  /** Reads an article in full: its file, extracted and parsed. */
  @FunctionalInterface
  public interface Reader {
    Article read() throws IOException;
  }

  /** Told of progress, for logs; called on the syncing thread. */
  public interface Progress {
    Progress NONE = new Progress() {};

    /** An article was analysed and embedded, and written to the index (not yet committed). */
    default void indexed(String id, int done, int toIndex) {}
  }

  /**
   * What a sync did.
   *
   * @param index the index of every article that could be read, as committed
   * @param reused articles taken from the index as they were
   * @param added articles indexed for the first time
   * @param changed articles indexed again because their content changed
   * @param removed articles deleted from the index
   * @param failed articles that could not be read, with why (not in the index)
   * @param rebuilt the index was made anew: none existed, or of another version (then {@code from} says which)
   */
  public record Sync(ArticleIndex index, List<String> reused, List<String> added, List<String> changed, List<String> removed,
      Map<String, String> failed, boolean rebuilt, String from, Duration took, long embedded) {
    public boolean changedAnything() {
      return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }
  }

  /** Another process has the index open; it must be left alone. */
  public static final class LockedException extends IOException {
    private static final long serialVersionUID = 1L;

    LockedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Path dir;
  private final FSDirectory directory;
  private final TextEmbedder embedder;
  private final EmbeddingStore embeddings;
  private final String version;
  /** Texts of one article embedded when it is indexed; a longer article is embedded as questions need it. */
  private final int eagerLimit = ArticleIndex.EAGER_EMBEDDING_LIMIT;
  /** The most sentences a sync hands to the new index already analysed; the rest are read when first asked. */
  private static final long SEEDED_SENTENCES = 100_000;
  private final Analyzer analyzer = TextAnalyzer.indexing();
  private IndexWriter writer;
  private Map<String, StoredArticle> stored;
  private Vocabulary vocabulary;
  private List<String> order = List.of();
  private DirectoryReader current;
  private DirectoryReader previous;
  private ArticleIndex index;

  private IndexStore(Path dir, FSDirectory directory, TextEmbedder embedder, EmbeddingStore embeddings, String version) {
    this.dir = dir;
    this.directory = directory;
    this.embedder = embedder;
    this.embeddings = embeddings;
    this.version = version;
  }

  /**
   * Opens (or creates) the index in {@code dir} and takes its write lock.
   *
   * @throws LockedException when another process holds it
   */
  public static IndexStore open(Path dir, TextEmbedder embedder, EmbeddingStore embeddings) throws IOException {
    // Beside the index, not in it: Lucene owns every file of its folder.
    return open(dir, embedder, embeddings, IndexVersion.current(embedder, dir.resolveSibling(dir.getFileName() + ".code-version")));
  }

  /** With a version of the caller's choosing, for tests of what a new version does. */
  static IndexStore open(Path dir, TextEmbedder embedder, EmbeddingStore embeddings, String version) throws IOException {
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    IndexStore store = new IndexStore(dir, directory, embedder, embeddings, version);
    try {
      store.openWriter();
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return store;
  }

  private void openWriter() throws IOException {
    try {
      writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (LockObtainFailedException e) {
      throw new LockedException("Another article-bot process is using the index in " + dir + " (it holds "
          + dir.resolve(IndexWriter.WRITE_LOCK_NAME) + "). Stop that process first, or give this one its own data.dir.", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      // Unreadable is as good as absent: the articles are all still where they were read from.
      writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(analyzer).setOpenMode(mode).setSimilarity(new BM25Similarity())
        // Adjacent segments only: an article's documents stay together and in order.
        .setMergePolicy(new LogByteSizeMergePolicy())
        .setCommitOnClose(false);
  }

  public Path directory() {
    return dir;
  }

  /** The version this store writes; an index of another is rebuilt. */
  public String version() {
    return version;
  }

  /** The index as last synced, or null before the first sync. */
  public synchronized ArticleIndex index() {
    return index;
  }

  /**
   * Brings the index to {@code sources}, in their order, and commits. Questions may go on being
   * answered from the previous {@link #index()} meanwhile; it stays open until the sync after this.
   */
  public synchronized Sync sync(List<Source> sources, Progress progress) throws IOException {
    long started = System.nanoTime();
    if (writer == null) {
      openWriter(); // a failed sync rolled the last one back
    }
    boolean rebuilt = false;
    String from = "";
    if (stored == null) {
      Map<String, String> commit = committedData();
      String committed = commit.getOrDefault(VERSION_KEY, "");
      if (committed.equals(version)) {
        readCommitted();
      } else {
        rebuilt = true;
        from = committed;
        writer.deleteAll();
        stored = new LinkedHashMap<>();
        vocabulary = new Vocabulary();
        order = List.of();
      }
    }
    List<String> reused = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    Map<String, StoredArticle> next = new LinkedHashMap<>();
    Map<String, Vocabulary> fresh = new HashMap<>();
    Map<String, AnalysedArticle> seeds = new HashMap<>();
    int toRead = 0;
    for (Source s : sources) {
      if (next.containsKey(s.id())) {
        throw new IllegalArgumentException("two articles have the id " + s.id());
      }
      next.put(s.id(), null);
      toRead += sameStamp(stored.get(s.id()), s) ? 0 : 1;
    }
    boolean metaChanged = false;
    long embedded = 0;
    long seeded = 0;
    int done = 0;
    // Sentences and paragraphs are numbered as the index will number them: in the order listed.
    int sentenceBase = 0;
    int paragraphBase = 0;
    try {
      for (Source s : sources) {
        StoredArticle kept = stored.get(s.id());
        if (sameStamp(kept, s)) {
          next.put(s.id(), kept);
          reused.add(s.id());
          sentenceBase += kept.stats().sentences();
          paragraphBase += kept.stats().paragraphs();
          continue;
        }
        Article article;
        try {
          article = s.reader().read();
        } catch (IOException | RuntimeException e) {
          failed.put(s.id(), e.getMessage() == null ? e.toString() : e.getMessage());
          next.remove(s.id());
          continue;
        }
        if (!article.id().equals(s.id())) {
          throw new IllegalArgumentException("source " + s.id() + " read an article with id " + article.id());
        }
        byte[] encoded = StoredArticle.encodeArticle(article);
        String hash = StoredArticle.hash(version, encoded);
        if (kept != null && kept.hash().equals(hash)) {
          StoredArticle restamped = kept;
          if (!kept.stamp().equals(s.stamp())) {
            restamped = new StoredArticle(s.id(), s.stamp(), hash, kept.article(), kept.stats(), kept.onDemand());
            writer.updateDocument(new Term(META_ID, s.id()),
                metaDocument(restamped, encoded, readVocabularies(List.of(s.id())).get(0)));
            metaChanged = true;
          }
          next.put(s.id(), restamped);
          reused.add(s.id());
          sentenceBase += kept.stats().sentences();
          paragraphBase += kept.stats().paragraphs();
          continue;
        }
        ArticleIndex.Embeddings e = ArticleIndex.embeddings(article, embedder, embeddings, eagerLimit);
        embedded += e.kept() || e.onDemand() ? 0 : e.vectors().size();
        AnalysedArticle aa = AnalysedArticle.of(analyzer, article, sentenceBase, paragraphBase,
            AnalysedArticle.listed(article, e.vectors()));
        StoredArticle sa = new StoredArticle(s.id(), s.stamp(), hash, article, aa.stats, e.onDemand());
        writer.updateDocuments(new Term(ArticleIndex.ARTICLE, s.id()), block(aa));
        writer.updateDocument(new Term(META_ID, s.id()), metaDocument(sa, encoded, aa.vocabulary));
        fresh.put(s.id(), aa.vocabulary);
        next.put(s.id(), sa);
        (kept == null ? added : changed).add(s.id());
        // What was just analysed serves the first questions too, within a budget: a first start
        // on many articles must not end holding all of them on the heap.
        if (seeded + aa.stats.sentences() <= SEEDED_SENTENCES) {
          seeds.put(s.id(), aa);
          seeded += aa.stats.sentences();
        }
        sentenceBase += aa.stats.sentences();
        paragraphBase += aa.stats.paragraphs();
        progress.indexed(s.id(), ++done, toRead);
      }
      for (String id : stored.keySet()) {
        if (!next.containsKey(id)) {
          writer.deleteDocuments(new Term(ArticleIndex.ARTICLE, id), new Term(META_ID, id));
          removed.add(id);
        }
      }
      List<String> nextOrder = List.copyOf(next.keySet());
      boolean anything = rebuilt || metaChanged || !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty()
          || !nextOrder.equals(order);
      Vocabulary merged = vocabulary;
      if (anything) {
        if (!added.isEmpty() || !changed.isEmpty() || !removed.isEmpty() || !nextOrder.equals(order) || rebuilt) {
          merged = new Vocabulary();
          List<Vocabulary> kept = readVocabularies(nextOrder.stream().filter(id -> !fresh.containsKey(id)).toList());
          int k = 0;
          for (String id : nextOrder) {
            Vocabulary v = fresh.get(id);
            merged.merge(v != null ? v : kept.get(k++));
          }
        }
        writer.updateDocument(new Term(GLOBAL, GLOBAL), globalDocument(merged, nextOrder));
        writer.setLiveCommitData(Map.of(VERSION_KEY, version).entrySet());
        writer.commit();
      }
      stored = next;
      vocabulary = merged;
      order = nextOrder;
      if (anything || index == null) {
        openIndex(seeds);
      }
    } catch (IOException | RuntimeException | Error e) {
      rollback();
      throw e;
    }
    return new Sync(index, reused, added, changed, removed, failed, rebuilt, from, Duration.ofNanos(System.nanoTime() - started),
        embedded);
  }

  /** Undoes what a failed sync wrote; the next sync starts again from the last commit. */
  private void rollback() {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // closed either way
    }
    writer = null;
    stored = null;
  }

  private Map<String, String> committedData() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      return r.getIndexCommit().getUserData();
    }
  }

  /** The articles and vocabulary of the last commit. */
  private void readCommitted() throws IOException {
    stored = new LinkedHashMap<>();
    vocabulary = new Vocabulary();
    order = List.of();
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields fields = r.storedFields();
      Map<String, StoredArticle> byId = new HashMap<>();
      for (ScoreDoc d : s.search(new TermQuery(new Term(META_KIND, META_KIND)), Math.max(1, r.maxDoc())).scoreDocs) {
        Document doc = fields.document(d.doc, Set.of(META_ID, META_STAMP, META_HASH, META_ARTICLE, META_STATS));
        String id = doc.get(META_ID);
        byId.put(id, StoredArticle.decode(id, doc.get(META_STAMP), doc.get(META_HASH), bytes(doc.getBinaryValue(META_ARTICLE)),
            bytes(doc.getBinaryValue(META_STATS))));
      }
      ScoreDoc[] global = s.search(new TermQuery(new Term(GLOBAL, GLOBAL)), 1).scoreDocs;
      if (global.length == 1) {
        Document doc = fields.document(global[0].doc);
        String joined = doc.get(GLOBAL_ORDER);
        order = joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
        vocabulary = decodeVocabulary(doc.getBinaryValue(GLOBAL_VOCABULARY));
      }
      for (String id : order) {
        StoredArticle a = byId.remove(id);
        if (a != null) {
          stored.put(id, a);
        }
      }
      stored.putAll(byId); // not in the order: cannot happen after a commit, but keep them findable
    }
  }

  /** The vocabularies of articles already in the index, in the order asked. */
  private List<Vocabulary> readVocabularies(List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    // The writer's own view: includes what this sync wrote but has not committed.
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields fields = r.storedFields();
      List<Vocabulary> out = new ArrayList<>(ids.size());
      for (String id : ids) {
        ScoreDoc[] hit = s.search(new TermQuery(new Term(META_ID, id)), 1).scoreDocs;
        if (hit.length == 0) {
          throw new IllegalStateException("the index has no vocabulary for article " + id);
        }
        out.add(decodeVocabulary(fields.document(hit[0].doc, Set.of(META_VOCABULARY)).getBinaryValue(META_VOCABULARY)));
      }
      return out;
    }
  }

  private static Vocabulary decodeVocabulary(BytesRef bytes) throws IOException {
    return Vocabulary.read(new DataInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length)));
  }

  private static byte[] encode(Vocabulary v) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      v.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static List<Document> block(AnalysedArticle aa) {
    List<Document> docs = new ArrayList<>(aa.sentences.size() + aa.paragraphs.size());
    BytesRef id = new BytesRef(aa.article.id());
    int local = 0;
    for (IndexedSentence s : aa.sentences) {
      Document d = ArticleIndex.sentenceDocument(s);
      d.add(new SortedDocValuesField(ArticleIndex.ARTICLE, id));
      d.add(new NumericDocValuesField(LOCAL, local++));
      docs.add(d);
    }
    local = 0;
    for (IndexedParagraph p : aa.paragraphs) {
      Document d = ArticleIndex.paragraphDocument(p);
      d.add(new SortedDocValuesField(ArticleIndex.ARTICLE, id));
      d.add(new NumericDocValuesField(LOCAL, -1 - local++));
      docs.add(d);
    }
    return docs;
  }

  /** Whether the file is as it was when {@code kept} was indexed (a source without a stamp never is). */
  private static boolean sameStamp(StoredArticle kept, Source s) {
    return kept != null && !s.stamp().isEmpty() && kept.stamp().equals(s.stamp());
  }

  private static byte[] bytes(BytesRef b) {
    return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
  }

  private static Document metaDocument(StoredArticle a, byte[] encoded, Vocabulary v) {
    Document d = new Document();
    d.add(new StringField(META_ID, a.id(), Field.Store.YES));
    d.add(new StringField(META_KIND, META_KIND, Field.Store.NO));
    d.add(new StoredField(META_STAMP, a.stamp()));
    d.add(new StoredField(META_HASH, a.hash()));
    d.add(new StoredField(META_ARTICLE, encoded));
    d.add(new StoredField(META_STATS, StoredArticle.encodeStats(a.stats(), a.onDemand())));
    d.add(new StoredField(META_VOCABULARY, encode(v)));
    return d;
  }

  private static Document globalDocument(Vocabulary v, List<String> order) {
    Document d = new Document();
    d.add(new StringField(GLOBAL, GLOBAL, Field.Store.NO));
    d.add(new StoredField(GLOBAL_ORDER, String.join("\n", order)));
    d.add(new StoredField(GLOBAL_VOCABULARY, encode(v)));
    return d;
  }

  /** Opens the last commit as an {@link ArticleIndex} whose articles are read on first use. */
  private void openIndex(Map<String, AnalysedArticle> seeds) throws IOException {
    DirectoryReader reader = DirectoryReader.open(directory);
    List<StoredArticle> articles = new ArrayList<>(stored.values());
    Map<String, Integer> position = new HashMap<>();
    ArticleStats[] stats = new ArticleStats[articles.size()];
    int[] firstSentence = new int[articles.size()];
    int[] firstParagraph = new int[articles.size()];
    int sentences = 0;
    int paragraphs = 0;
    for (int i = 0; i < articles.size(); i++) {
      position.put(articles.get(i).id(), i);
      stats[i] = articles.get(i).stats();
      firstSentence[i] = sentences;
      firstParagraph[i] = paragraphs;
      sentences += stats[i].sentences();
      paragraphs += stats[i].paragraphs();
    }
    int[] docToId = new int[reader.maxDoc()];
    java.util.Arrays.fill(docToId, ArticleIndex.NOT_HERE);
    int[] sentenceDoc = new int[sentences];
    int[] paragraphDoc = new int[paragraphs];
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      SortedDocValues article = r.getSortedDocValues(ArticleIndex.ARTICLE);
      NumericDocValues local = r.getNumericDocValues(LOCAL);
      if (article == null || local == null) {
        continue;
      }
      int[] ordToPosition = new int[article.getValueCount()];
      for (int o = 0; o < ordToPosition.length; o++) {
        ordToPosition[o] = position.getOrDefault(article.lookupOrd(o).utf8ToString(), -1);
      }
      var live = r.getLiveDocs();
      for (int doc = local.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = local.nextDoc()) {
        if ((live != null && !live.get(doc)) || !article.advanceExact(doc)) {
          continue;
        }
        int pos = ordToPosition[article.ordValue()];
        if (pos < 0) {
          continue;
        }
        long v = local.longValue();
        int global = leaf.docBase + doc;
        if (v >= 0) {
          int id = firstSentence[pos] + (int) v;
          docToId[global] = id;
          sentenceDoc[id] = global;
        } else {
          int ordinal = firstParagraph[pos] + (int) (-1 - v);
          docToId[global] = -1 - ordinal;
          paragraphDoc[ordinal] = global;
        }
      }
    }
    AtomicReferenceArray<AnalysedArticle> analysed = new AtomicReferenceArray<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      AnalysedArticle seed = seeds.get(articles.get(i).id());
      if (seed != null && seed.sentences.size() == stats[i].sentences()
          && (seed.sentences.isEmpty() || seed.sentences.get(0).id() == firstSentence[i])
          && (seed.paragraphs.isEmpty() || seed.paragraphs.get(0).ordinal() == firstParagraph[i])) {
        analysed.set(i, seed);
      }
    }
    VectorReader vectors = new VectorReader(reader);
    Analyzer a = analyzer;
    java.util.function.IntFunction<AnalysedArticle> read = pos -> {
      Article article = articles.get(pos).article();
      int s0 = firstSentence[pos];
      int p0 = firstParagraph[pos];
      if (articles.get(pos).onDemand()) {
        List<Embedding> later = AnalysedArticle.textsToEmbed(article).stream().map(t -> Embedding.onDemand(embedder, t)).toList();
        return AnalysedArticle.of(a, article, s0, p0, AnalysedArticle.listed(article, later));
      }
      try {
        float[][] sv = vectors.read(ArticleIndex.SENTENCE_VECTOR, sentenceDoc, s0, stats[pos].sentences());
        float[][] pv = vectors.read(ArticleIndex.PARAGRAPH_VECTOR, paragraphDoc, p0, stats[pos].paragraphs());
        Optional<KeptTokens> tokens = embeddings.keptTokens(embedder, AnalysedArticle.sentenceTexts(article))
            .filter(t -> t.size() == sv.length);
        return AnalysedArticle.of(a, article, s0, p0, new AnalysedArticle.Vectors() {
          @Override
          public Embedding sentence(int i) {
            Embedding e = Embedding.of(sv[i]);
            tokens.ifPresent(t -> e.keptTokens(t, i));
            return e;
          }

          @Override
          public Embedding paragraph(int i) {
            return Embedding.of(pv[i]);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("reading the index in " + dir + " failed", e);
      }
    };
    ArticleStats total = ArticleStats.NONE;
    for (ArticleStats s : stats) {
      total = total.plus(s);
    }
    IndexSearcher searcher = ArticleIndex.configure(reader.hasDeletions()
        ? new ExactStatsSearcher(reader, vocabulary, total) : new IndexSearcher(reader));
    Terms terms = MultiTerms.getTerms(reader, ArticleIndex.SENTENCE_TEXT);
    if (terms != null && reader.hasDeletions()) {
      Vocabulary v = vocabulary;
      terms = new LiveTerms(terms, t -> v.contains(t.utf8ToString()));
    }
    index = new ArticleIndex(articles.stream().map(StoredArticle::article).toList(), stats, analysed, read, docToId, false, null,
        vocabulary, analyzer, searcher, terms, embedder, true,
        articles.stream().filter(StoredArticle::onDemand).map(StoredArticle::article).toList());
    if (previous != null) {
      previous.close(); // two syncs old: no question still reads it
    }
    previous = current;
    current = reader;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (writer != null) {
        writer.rollback(); // nothing uncommitted is wanted; releases the lock
        writer = null;
      }
    } finally {
      if (previous != null) {
        previous.close();
      }
      if (current != null) {
        current.close();
      }
      directory.close();
    }
  }
}
