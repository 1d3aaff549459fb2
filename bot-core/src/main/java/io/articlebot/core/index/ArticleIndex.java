package io.articlebot.core.index;

import io.articlebot.core.analysis.Analysis;
import io.articlebot.core.analysis.TextAnalyzer;
import io.articlebot.core.article.Article;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.KeptTokens;
import io.articlebot.core.embedding.TextEmbedding;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.embedding.TokenVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene index over every article, serving both BM25 and nearest-neighbour search: a document
 * per sentence (its analysed terms in {@link #SENTENCE_TEXT}, its vector in
 * {@link #SENTENCE_VECTOR}) and a document per paragraph ({@link #PARAGRAPH_TEXT},
 * {@link #PARAGRAPH_VECTOR}), each marked with its article ({@link #ARTICLE}). Beside Lucene it
 * keeps what ranking reads per candidate: each sentence's terms with offsets, its neighbours, its
 * paragraph, and the vocabulary's statistics.
 *
 * <p>Sentences are numbered in article order, whatever order Lucene holds their documents in
 * ({@link #sentenceOfDoc}): an index {@link #build built} in memory holds them in that order, an
 * index opened from disk ({@link IndexStore}) in the order its articles were last indexed. An index
 * opened from disk reads an article's sentences (terms from the text, vectors from Lucene) the first
 * time a question reaches it. Immutable and thread-safe, with one shared {@link IndexSearcher}.
 */
public final class ArticleIndex {
  public static final String SENTENCE_TEXT = "text";
  public static final String SENTENCE_VECTOR = "sentence_vector";
  public static final String PARAGRAPH_TEXT = "paragraph_text";
  public static final String PARAGRAPH_VECTOR = "paragraph_vector";
  /** The id of the article a sentence or paragraph document belongs to. */
  public static final String ARTICLE = "article";
  /** {@link #docToId} of a document that is not a sentence or paragraph of this index. */
  static final int NOT_HERE = Integer.MIN_VALUE;

  private final List<Article> articles;
  /** Per article, the id of its first sentence; one more entry holds the sentence count. */
  private final int[] firstSentence;
  /** Per article, the ordinal of its first indexed paragraph; one more entry holds the paragraph count. */
  private final int[] firstParagraph;
  private final AtomicReferenceArray<AnalysedArticle> analysed;
  /** Reads an article not yet analysed, by position; null when all were analysed at build time. */
  private final IntFunction<AnalysedArticle> reader;
  /** Per Lucene document: a sentence id (0 or more), a paragraph as -1 - ordinal, or {@link #NOT_HERE}. */
  private final int[] docToId;
  /** Document ids are sentence ids then paragraph ordinals, as when built in memory, with no filter. */
  private final boolean docsInIdOrder;
  private final Query filter;
  private final Vocabulary vocabulary;
  private final Analyzer analyzer;
  private final IndexSearcher searcher;
  private final Terms terms;
  private final Set<String> titleTerms;
  private final TextEmbedder embedder;
  private final double averageSentenceLength;
  private final double averageParagraphLength;
  private final boolean embeddingsCached;
  private final List<Article> embeddedOnDemand;
  /** Texts (sentences and paragraphs) of one article embedded at start-up; longer ones wait for questions. */
  public static final int EAGER_EMBEDDING_LIMIT = 4_000;

  ArticleIndex(List<Article> articles, ArticleStats[] perArticle, AtomicReferenceArray<AnalysedArticle> analysed,
      IntFunction<AnalysedArticle> reader, int[] docToId, boolean docsInIdOrder, Query filter, Vocabulary vocabulary,
      Analyzer analyzer, IndexSearcher searcher, Terms terms, TextEmbedder embedder, boolean embeddingsCached,
      List<Article> embeddedOnDemand) {
    this.articles = List.copyOf(articles);
    this.firstSentence = new int[articles.size() + 1];
    this.firstParagraph = new int[articles.size() + 1];
    ArticleStats total = ArticleStats.NONE;
    for (int i = 0; i < perArticle.length; i++) {
      firstSentence[i + 1] = firstSentence[i] + perArticle[i].sentences();
      firstParagraph[i + 1] = firstParagraph[i] + perArticle[i].paragraphs();
      total = total.plus(perArticle[i]);
    }
    this.analysed = analysed;
    this.reader = reader;
    this.docToId = docToId;
    this.docsInIdOrder = docsInIdOrder;
    this.filter = filter;
    this.vocabulary = vocabulary;
    this.analyzer = analyzer;
    this.searcher = searcher;
    this.terms = terms;
    this.embedder = embedder;
    this.embeddingsCached = embeddingsCached;
    this.embeddedOnDemand = List.copyOf(embeddedOnDemand);
    Set<String> titles = new HashSet<>();
    for (Article a : this.articles) {
      titles.addAll(Analysis.terms(analyzer, a.title()));
    }
    this.titleTerms = Set.copyOf(titles);
    // As IntStream.average: the sum over the count, exactly.
    this.averageSentenceLength = total.sentences() == 0 ? 1 : (double) total.tokens() / total.sentences();
    this.averageParagraphLength = total.paragraphs() == 0 ? 1 : (double) total.paragraphTokens() / total.paragraphs();
  }

  /** Indexes the articles with the shared embedding model, keeping no embeddings on disk. */
  public static ArticleIndex build(List<Article> articles) {
    return build(articles, BgeSmallEmbedder.shared(), EmbeddingStore.none());
  }

  /**
   * Indexes the articles in memory, embedding their sentences and paragraphs with {@code embedder},
   * or taking the vectors from {@code store} when these exact texts were embedded before.
   */
  public static ArticleIndex build(List<Article> articles, TextEmbedder embedder, EmbeddingStore store) {
    return build(articles, embedder, store, EAGER_EMBEDDING_LIMIT);
  }

  /**
   * As {@link #build(List, TextEmbedder, EmbeddingStore)}, embedding at once only articles of at
   * most {@code eagerLimit} texts (sentences and paragraphs) that the store does not have.
   */
  public static ArticleIndex build(List<Article> articles, TextEmbedder embedder, EmbeddingStore store, int eagerLimit) {
    Analyzer analyzer = TextAnalyzer.indexing();
    List<Article> onDemand = new ArrayList<>();
    AtomicReferenceArray<AnalysedArticle> analysed = new AtomicReferenceArray<>(articles.size());
    ArticleStats[] stats = new ArticleStats[articles.size()];
    Vocabulary vocabulary = new Vocabulary();
    boolean allCached = true;
    int sentences = 0;
    int paragraphs = 0;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Embeddings e = embeddings(a, embedder, store, eagerLimit);
      allCached &= e.kept();
      if (e.onDemand()) {
        onDemand.add(a);
      }
      AnalysedArticle aa = AnalysedArticle.of(analyzer, a, sentences, paragraphs, AnalysedArticle.listed(a, e.vectors()));
      analysed.set(i, aa);
      stats[i] = aa.stats;
      vocabulary.merge(aa.vocabulary);
      sentences += aa.stats.sentences();
      paragraphs += aa.stats.paragraphs();
    }
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
        // Adjacent segments only, so document ids stay in the order documents were added.
        .setMergePolicy(new LogByteSizeMergePolicy());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < articles.size(); i++) {
        for (IndexedSentence s : analysed.get(i).sentences) {
          writer.addDocument(sentenceDocument(s));
        }
      }
      for (int i = 0; i < articles.size(); i++) {
        for (IndexedParagraph p : analysed.get(i).paragraphs) {
          writer.addDocument(paragraphDocument(p));
        }
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory indexing cannot fail", e);
    }
    try {
      DirectoryReader reader = DirectoryReader.open(dir);
      if (reader.maxDoc() != sentences + paragraphs) {
        throw new IllegalStateException("index holds " + reader.maxDoc() + " documents, expected " + (sentences + paragraphs));
      }
      int[] docToId = new int[sentences + paragraphs];
      for (int d = 0; d < docToId.length; d++) {
        docToId[d] = d < sentences ? d : -1 - (d - sentences);
      }
      return new ArticleIndex(articles, stats, analysed, null, docToId, true, null, vocabulary, analyzer,
          searcher(reader), MultiTerms.getTerms(reader, SENTENCE_TEXT), embedder, allCached, onDemand);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An article's vectors, in the order of {@link AnalysedArticle#textsToEmbed}.
   *
   * @param kept all came from the store
   * @param onDemand none did and the article is too long to embed now: each text is embedded when a
   *     question first needs it, and vector search skips the article
   */
  record Embeddings(List<Embedding> vectors, boolean kept, boolean onDemand) {}

  static Embeddings embeddings(Article article, TextEmbedder embedder, EmbeddingStore store, int eagerLimit) {
    List<String> texts = AnalysedArticle.textsToEmbed(article);
    List<String> sentences = AnalysedArticle.sentenceTexts(article);
    Optional<List<float[]>> kept = store.keptPassages(embedder, texts);
    if (kept.isPresent()) {
      List<Embedding> vectors = kept.get().stream().map(Embedding::of).toList();
      Optional<KeptTokens> tokens = store.keptTokens(embedder, sentences);
      if (tokens.isEmpty() && texts.size() <= eagerLimit) {
        // Vectors kept by a version that kept no token vectors: the sentences' are made once now.
        tokens = keep(store, embedder, sentences, embedder.embedTokens(sentences), vectors);
      }
      tokens.ifPresent(t -> attach(t, vectors));
      return new Embeddings(vectors, true, false);
    }
    if (texts.size() <= eagerLimit) {
      List<TextEmbedding> fresh = embedder.embedPassagesWithTokens(texts);
      List<float[]> raw = fresh.stream().map(TextEmbedding::vector).toList();
      store.keepPassages(embedder, texts, raw);
      List<Embedding> vectors = raw.stream().map(Embedding::of).toList();
      List<TokenVectors> tokens = fresh.subList(0, sentences.size()).stream().map(TextEmbedding::tokens).toList();
      keep(store, embedder, sentences, tokens, vectors).ifPresent(t -> attach(t, vectors));
      return new Embeddings(vectors, false, false);
    }
    // Embedding takes about 7 ms a text on 2 cores: a long article would keep the bot from
    // answering for minutes. Its texts are embedded when a question first needs them instead,
    // and vector search skips it.
    return new Embeddings(texts.stream().map(t -> Embedding.onDemand(embedder, t)).toList(), false, true);
  }

  /**
   * Keeps the sentences' token vectors in the store; where it cannot, the first embeddings of
   * {@code vectors} (the sentences') hold them in memory instead.
   */
  private static Optional<KeptTokens> keep(EmbeddingStore store, TextEmbedder embedder, List<String> sentences,
      List<TokenVectors> tokens, List<Embedding> vectors) {
    Optional<KeptTokens> kept = store.keepTokens(embedder, sentences, tokens);
    if (kept.isEmpty()) {
      for (int i = 0; i < tokens.size(); i++) {
        vectors.get(i).tokens(tokens.get(i));
      }
    }
    return kept;
  }

  /** The first {@code tokens.size()} of {@code vectors} (the sentences') read their tokens from {@code tokens}. */
  static void attach(KeptTokens tokens, List<Embedding> vectors) {
    for (int i = 0; i < tokens.size(); i++) {
      vectors.get(i).keptTokens(tokens, i);
    }
  }

  static IndexSearcher searcher(IndexReader reader) {
    return configure(new IndexSearcher(reader));
  }

  static IndexSearcher configure(IndexSearcher searcher) {
    searcher.setSimilarity(new BM25Similarity());
    searcher.setQueryCache(null); // each question is new to Lucene; caching filters would only cost
    return searcher;
  }

  static Document sentenceDocument(IndexedSentence s) {
    Document doc = new Document();
    // The tokens were analysed once; Lucene indexes them as they are.
    doc.add(new Field(SENTENCE_TEXT, new TokenListStream(s.tokens()), TextField.TYPE_NOT_STORED));
    if (s.embedding().indexed()) {
      doc.add(new KnnFloatVectorField(SENTENCE_VECTOR, s.vector(), VectorSimilarityFunction.DOT_PRODUCT));
    }
    doc.add(new StringField(ARTICLE, s.article().id(), Field.Store.NO));
    return doc;
  }

  static Document paragraphDocument(IndexedParagraph p) {
    Document doc = new Document();
    List<Analysis.Token> tokens = new ArrayList<>();
    p.sentences().forEach(s -> tokens.addAll(s.tokens()));
    doc.add(new Field(PARAGRAPH_TEXT, new TokenListStream(tokens), TextField.TYPE_NOT_STORED));
    if (p.embedding().indexed()) {
      doc.add(new KnnFloatVectorField(PARAGRAPH_VECTOR, p.vector(), VectorSimilarityFunction.DOT_PRODUCT));
    }
    doc.add(new StringField(ARTICLE, p.first().article().id(), Field.Store.NO));
    return doc;
  }

  /**
   * The same index seen as if it held one article alone: sentences numbered from 0, statistics,
   * vocabulary and titles of that article only, searches limited to its documents. A question
   * asked of it is answered as an index built of that article alone would answer it.
   *
   * @throws IllegalArgumentException when no article has that id
   */
  public ArticleIndex only(String articleId) {
    int pos = positionOf(articleId);
    if (pos < 0) {
      throw new IllegalArgumentException("no article " + articleId + " in this index");
    }
    if (articles.size() == 1) {
      return this;
    }
    AnalysedArticle whole = analysed(pos);
    int base = firstSentence[pos];
    int paragraphBase = firstParagraph[pos];
    int[] viewDocs = new int[docToId.length];
    for (int d = 0; d < docToId.length; d++) {
      int id = docToId[d];
      if (id >= 0) {
        viewDocs[d] = id >= base && id < firstSentence[pos + 1] ? id - base : NOT_HERE;
      } else if (id != NOT_HERE) {
        int ordinal = -1 - id;
        viewDocs[d] = ordinal >= paragraphBase && ordinal < firstParagraph[pos + 1] ? -1 - (ordinal - paragraphBase) : NOT_HERE;
      } else {
        viewDocs[d] = NOT_HERE;
      }
    }
    AtomicReferenceArray<AnalysedArticle> one = new AtomicReferenceArray<>(1);
    // Its own objects, numbered from 0: the vectors and tokens are those of the whole index.
    one.set(0, AnalysedArticle.of(analyzer, whole.article, 0, 0, new AnalysedArticle.Vectors() {
      @Override
      public Embedding sentence(int i) {
        return whole.sentences.get(i).embedding();
      }

      @Override
      public Embedding paragraph(int i) {
        return whole.paragraphs.get(i).embedding();
      }
    }));
    AnalysedArticle own = one.get(0);
    ExactStatsSearcher viewSearcher = new ExactStatsSearcher(searcher.getIndexReader(), own.vocabulary, own.stats);
    configure(viewSearcher);
    Terms viewTerms = terms == null ? null : new LiveTerms(terms, t -> own.vocabulary.contains(t.utf8ToString()));
    return new ArticleIndex(List.of(whole.article), new ArticleStats[] {own.stats}, one, null, viewDocs, false,
        new TermQuery(new Term(ARTICLE, articleId)), own.vocabulary, analyzer, viewSearcher, viewTerms, embedder, embeddingsCached,
        embeddedOnDemand.contains(whole.article) ? List.of(whole.article) : List.of());
  }

  private int positionOf(String articleId) {
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).id().equals(articleId)) {
        return i;
      }
    }
    return -1;
  }

  private AnalysedArticle analysed(int pos) {
    AnalysedArticle a = analysed.get(pos);
    if (a == null) {
      // Two questions may read the same article at once; the first to finish is the one kept,
      // so every sentence has one object (features compare them by identity).
      analysed.compareAndSet(pos, null, reader.apply(pos));
      a = analysed.get(pos);
    }
    return a;
  }

  private int articleOfSentence(int id) {
    int i = Arrays.binarySearch(firstSentence, id);
    if (i >= 0) {
      while (i + 1 < firstSentence.length && firstSentence[i + 1] == id) {
        i++; // skip articles without sentences
      }
      return i;
    }
    return -i - 2;
  }

  private int articleOfParagraph(int ordinal) {
    int i = Arrays.binarySearch(firstParagraph, ordinal);
    if (i >= 0) {
      while (i + 1 < firstParagraph.length && firstParagraph[i + 1] == ordinal) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }

  public List<Article> articles() {
    return articles;
  }

  public int sentenceCount() {
    return firstSentence[articles.size()];
  }

  public int paragraphCount() {
    return firstParagraph[articles.size()];
  }

  public IndexedSentence sentence(int id) {
    if (id < 0 || id >= sentenceCount()) {
      throw new IndexOutOfBoundsException("sentence " + id + " of " + sentenceCount());
    }
    int pos = articleOfSentence(id);
    return analysed(pos).sentences.get(id - firstSentence[pos]);
  }

  /**
   * Each sentence's token vectors, in order. An article embedded at once has them kept on disk
   * beside its vectors (made in the same model runs), and a sentence's are read the first time
   * it is a candidate; otherwise they are computed then (one model run, about as long as embedding
   * it). Either way they are held in memory from then on, shared by every {@link #only} view.
   */
  public List<TokenVectors> tokenVectors(List<IndexedSentence> sentences) {
    List<IndexedSentence> missing = new ArrayList<>(new java.util.LinkedHashSet<>(
        sentences.stream().filter(s -> s.knownTokens() == null).toList()));
    if (!missing.isEmpty()) {
      List<TokenVectors> computed = embedder.embedTokens(missing.stream().map(IndexedSentence::text).toList());
      for (int i = 0; i < missing.size(); i++) {
        missing.get(i).embedding().tokens(computed.get(i));
      }
    }
    List<TokenVectors> out = new ArrayList<>(sentences.size());
    for (IndexedSentence s : sentences) {
      out.add(s.knownTokens());
    }
    return out;
  }

  public IndexedParagraph paragraph(int ordinal) {
    if (ordinal < 0 || ordinal >= paragraphCount()) {
      throw new IndexOutOfBoundsException("paragraph " + ordinal + " of " + paragraphCount());
    }
    int pos = articleOfParagraph(ordinal);
    return analysed(pos).paragraphs.get(ordinal - firstParagraph[pos]);
  }

  /** Every sentence in id order; an index opened from disk reads every article to list them all. */
  public List<IndexedSentence> sentences() {
    return new AbstractList<>() {
      @Override
      public IndexedSentence get(int index) {
        return sentence(index);
      }

      @Override
      public int size() {
        return sentenceCount();
      }
    };
  }

  public List<IndexedParagraph> paragraphs() {
    return new AbstractList<>() {
      @Override
      public IndexedParagraph get(int index) {
        return paragraph(index);
      }

      @Override
      public int size() {
        return paragraphCount();
      }
    };
  }

  /** The sentence behind a Lucene hit on {@link #SENTENCE_TEXT} or {@link #SENTENCE_VECTOR}. */
  public IndexedSentence sentenceOfDoc(int doc) {
    int id = docToId[doc];
    if (id < 0) {
      throw new IllegalArgumentException("document " + doc + " is not a sentence of this index");
    }
    return sentence(id);
  }

  /** The paragraph behind a Lucene hit on {@link #PARAGRAPH_TEXT} or {@link #PARAGRAPH_VECTOR}. */
  public IndexedParagraph paragraphOfDoc(int doc) {
    int id = docToId[doc];
    if (id >= 0 || id == NOT_HERE) {
      throw new IllegalArgumentException("document " + doc + " is not a paragraph of this index");
    }
    return paragraph(-1 - id);
  }

  /**
   * The {@code n} best sentences for {@code query} by score, ties to the lower sentence id, as
   * Lucene ranks them in an index built in memory. Limited to this index's articles.
   */
  public List<IndexedSentence> topSentences(Query query, int n) throws IOException {
    List<IndexedSentence> out = new ArrayList<>(n);
    if (n <= 0) {
      return out;
    }
    if (docsInIdOrder) {
      for (ScoreDoc d : searcher.search(query, n).scoreDocs) {
        out.add(sentenceOfDoc(d.doc));
      }
      return out;
    }
    TopSentences top = new TopSentences(n, docToId);
    searcher.search(filtered(query), top);
    for (int id : top.ids()) {
      out.add(sentence(id));
    }
    return out;
  }

  /** {@code query} limited to this index's articles, for a view of one; {@code query} itself otherwise. */
  public Query filtered(Query query) {
    if (filter == null) {
      return query;
    }
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
        .add(filter, org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
  }

  /** What a nearest-neighbour search must be limited to (a view of one article), or null. */
  public Query filter() {
    return filter;
  }

  /** The sentence before or after in the same paragraph, if any. */
  public IndexedSentence neighbour(IndexedSentence s, int direction) {
    int id = s.id() + direction;
    if (id < 0 || id >= sentenceCount()) {
      return null;
    }
    IndexedSentence n = sentence(id);
    return n.paragraph() == s.paragraph() ? n : null;
  }

  /** The analysed words of every article's title. */
  public Set<String> titleTerms() {
    return titleTerms;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public TextEmbedder embedder() {
    return embedder;
  }

  /** The heading of the section {@code p} is in (not the article's title), or null; null for a heading. */
  public IndexedParagraph sectionHeading(IndexedParagraph p) {
    int pos = articleOfParagraph(p.ordinal());
    return analysed(pos).sectionHeading(p.ordinal() - firstParagraph[pos]);
  }

  /** Articles too long to embed at start-up: their texts are embedded as questions need them. */
  public List<Article> embeddedOnDemand() {
    return embeddedOnDemand;
  }

  /** True when no vector had to be computed: all came from the embedding store (or the index on disk). */
  public boolean embeddingsCached() {
    return embeddingsCached;
  }

  public double averageSentenceLength() {
    return averageSentenceLength;
  }

  public double averageParagraphLength() {
    return averageParagraphLength;
  }

  /** All indexed terms, for spelling correction; null when the index is empty. */
  public Terms terms() {
    return terms;
  }
}
