package io.articlebot.core.index;

import io.articlebot.core.analysis.Analysis;
import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.TextAnalyzer;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.Sentence;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One Lucene index over every article, serving both BM25 and nearest-neighbour search: a document
 * per sentence (its analysed terms in {@link #SENTENCE_TEXT}, its vector in
 * {@link #SENTENCE_VECTOR}), then a document per paragraph ({@link #PARAGRAPH_TEXT},
 * {@link #PARAGRAPH_VECTOR}). Beside Lucene it keeps what ranking reads per candidate: each
 * sentence's terms with offsets, its neighbours, its paragraph, and the vocabulary's statistics.
 * Built once; immutable and thread-safe afterwards, with one shared {@link IndexSearcher}.
 */
public final class ArticleIndex {
  public static final String SENTENCE_TEXT = "text";
  public static final String SENTENCE_VECTOR = "sentence_vector";
  public static final String PARAGRAPH_TEXT = "paragraph_text";
  public static final String PARAGRAPH_VECTOR = "paragraph_vector";

  private final List<Article> articles;
  private final List<IndexedSentence> sentences;
  private final List<IndexedParagraph> paragraphs;
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

  private ArticleIndex(Builder b, IndexSearcher searcher, Terms terms) {
    this.articles = List.copyOf(b.articles);
    this.sentences = List.copyOf(b.sentences);
    this.paragraphs = List.copyOf(b.paragraphs);
    this.vocabulary = b.vocabulary;
    this.analyzer = b.analyzer;
    this.searcher = searcher;
    this.terms = terms;
    this.embedder = b.embedder;
    this.embeddingsCached = b.allCached;
    this.embeddedOnDemand = List.copyOf(b.embeddedOnDemand);
    Set<String> titles = new HashSet<>();
    for (Article a : articles) {
      titles.addAll(Analysis.terms(analyzer, a.title()));
    }
    this.titleTerms = Set.copyOf(titles);
    this.averageSentenceLength = sentences.stream().mapToInt(s -> s.tokens().size()).average().orElse(1);
    this.averageParagraphLength = paragraphs.stream().mapToInt(IndexedParagraph::length).average().orElse(1);
  }

  /** Indexes the articles with the shared embedding model, keeping no embeddings on disk. */
  public static ArticleIndex build(List<Article> articles) {
    return build(articles, BgeSmallEmbedder.shared(), EmbeddingStore.none());
  }

  /**
   * Indexes the articles, embedding their sentences and paragraphs with {@code embedder}, or taking
   * the vectors from {@code store} when these exact texts were embedded before.
   */
  public static ArticleIndex build(List<Article> articles, TextEmbedder embedder, EmbeddingStore store) {
    return build(articles, embedder, store, EAGER_EMBEDDING_LIMIT);
  }

  /**
   * As {@link #build(List, TextEmbedder, EmbeddingStore)}, embedding at once only articles of at
   * most {@code eagerLimit} texts (sentences and paragraphs) that the store does not have.
   */
  public static ArticleIndex build(List<Article> articles, TextEmbedder embedder, EmbeddingStore store, int eagerLimit) {
    Builder b = new Builder(embedder, eagerLimit);
    for (Article a : articles) {
      b.add(a, store);
    }
    return b.finish();
  }

  private static final class Builder {
    final Analyzer analyzer = TextAnalyzer.indexing();
    final TextEmbedder embedder;
    final List<Article> articles = new ArrayList<>();
    final List<IndexedSentence> sentences = new ArrayList<>();
    final List<IndexedParagraph> paragraphs = new ArrayList<>();
    final Vocabulary vocabulary = new Vocabulary();
    final List<Article> embeddedOnDemand = new ArrayList<>();
    final int eagerLimit;
    boolean allCached = true;

    Builder(TextEmbedder embedder, int eagerLimit) {
      this.embedder = embedder;
      this.eagerLimit = eagerLimit;
    }

    private List<Embedding> embeddings(Article article, List<String> texts, EmbeddingStore store) {
      Optional<List<float[]>> kept = store.keptPassages(embedder, texts);
      if (kept.isPresent()) {
        return kept.get().stream().map(Embedding::of).toList();
      }
      allCached = false;
      if (texts.size() <= eagerLimit) {
        return store.passages(embedder, texts).vectors().stream().map(Embedding::of).toList();
      }
      // Embedding takes about 7 ms a text on 2 cores: a long article would keep the bot from
      // answering for minutes. Its texts are embedded when a question first needs them instead,
      // and vector search skips it.
      embeddedOnDemand.add(article);
      return texts.stream().map(t -> Embedding.onDemand(embedder, t)).toList();
    }

    void add(Article article, EmbeddingStore store) {
      articles.add(article);
      List<Paragraph> indexed = article.paragraphs().stream().filter(p -> !p.sentences().isEmpty()).toList();
      List<String> texts = new ArrayList<>();
      for (Paragraph p : indexed) {
        for (Sentence s : p.sentences()) {
          texts.add(article.text(s));
        }
      }
      for (Paragraph p : indexed) {
        texts.add(article.text().substring(p.start(), p.end()));
      }
      List<Embedding> vectors = embeddings(article, texts, store);
      int sentenceVectors = 0;
      int paragraphVectors = texts.size() - indexed.size();
      SectionContext context = new SectionContext();
      for (Paragraph p : article.paragraphs()) {
        Set<String> paragraphContext = context.enter(p);
        Set<String> lastSentenceTerms = Set.of();
        Set<String> paragraphTerms = new HashSet<>();
        Map<String, Integer> paragraphCounts = new HashMap<>();
        List<IndexedSentence> members = new ArrayList<>();
        int length = 0;
        for (Sentence s : p.sentences()) {
          List<Token> tokens = Analysis.tokens(analyzer, article.text(s), s.start());
          Set<String> termSet = new HashSet<>();
          for (Token t : tokens) {
            boolean initial = t.start() == s.start();
            vocabulary.count(t.term(), initial, Character.isUpperCase(article.text().codePointAt(t.start())), termSet.add(t.term()));
            paragraphCounts.merge(t.term(), 1, Integer::sum);
          }
          Acronyms.collect(article.text(), tokens, vocabulary);
          IndexedSentence is = new IndexedSentence(sentences.size(), article, s, tokens, paragraphContext, vectors.get(sentenceVectors++));
          sentences.add(is);
          members.add(is);
          length += tokens.size();
          lastSentenceTerms = termSet;
          paragraphTerms.addAll(termSet);
        }
        if (!members.isEmpty()) {
          int ordinalInArticle = paragraphVectors - (texts.size() - indexed.size());
          double position = indexed.size() <= 1 ? 0 : (double) ordinalInArticle / (indexed.size() - 1);
          IndexedParagraph ip = new IndexedParagraph(paragraphs.size(), p, members, paragraphCounts, length,
              vectors.get(paragraphVectors++), position);
          members.forEach(s -> s.attach(ip));
          paragraphs.add(ip);
        }
        context.leave(p, paragraphTerms, lastSentenceTerms);
      }
    }

    ArticleIndex finish() {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
          // Adjacent segments only, so document ids stay in the order documents were added.
          .setMergePolicy(new LogByteSizeMergePolicy());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (IndexedSentence s : sentences) {
          Document doc = new Document();
          // The tokens were analysed once above; Lucene indexes them as they are.
          doc.add(new Field(SENTENCE_TEXT, new TokenListStream(s.tokens()), TextField.TYPE_NOT_STORED));
          if (s.embedding().indexed()) {
            doc.add(new KnnFloatVectorField(SENTENCE_VECTOR, s.vector(), VectorSimilarityFunction.DOT_PRODUCT));
          }
          writer.addDocument(doc);
        }
        for (IndexedParagraph p : paragraphs) {
          Document doc = new Document();
          List<Token> tokens = new ArrayList<>();
          p.sentences().forEach(s -> tokens.addAll(s.tokens()));
          doc.add(new Field(PARAGRAPH_TEXT, new TokenListStream(tokens), TextField.TYPE_NOT_STORED));
          if (p.embedding().indexed()) {
            doc.add(new KnnFloatVectorField(PARAGRAPH_VECTOR, p.vector(), VectorSimilarityFunction.DOT_PRODUCT));
          }
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      } catch (IOException e) {
        throw new UncheckedIOException("in-memory indexing cannot fail", e);
      }
      try {
        DirectoryReader reader = DirectoryReader.open(dir);
        if (reader.maxDoc() != sentences.size() + paragraphs.size()) {
          throw new IllegalStateException("index holds " + reader.maxDoc() + " documents, expected " + (sentences.size() + paragraphs.size()));
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        searcher.setQueryCache(null); // each question is new to Lucene; caching filters would only cost
        return new ArticleIndex(this, searcher, MultiTerms.getTerms(reader, SENTENCE_TEXT));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public List<Article> articles() {
    return articles;
  }

  public int sentenceCount() {
    return sentences.size();
  }

  public IndexedSentence sentence(int id) {
    return sentences.get(id);
  }

  public List<IndexedSentence> sentences() {
    return sentences;
  }

  public List<IndexedParagraph> paragraphs() {
    return paragraphs;
  }

  /** The paragraph behind a Lucene hit on {@link #PARAGRAPH_TEXT} or {@link #PARAGRAPH_VECTOR}. */
  public IndexedParagraph paragraphOfDoc(int doc) {
    return paragraphs.get(doc - sentences.size());
  }

  /** The sentence before or after in the same paragraph, if any. */
  public IndexedSentence neighbour(IndexedSentence s, int direction) {
    int id = s.id() + direction;
    if (id < 0 || id >= sentences.size()) {
      return null;
    }
    IndexedSentence n = sentences.get(id);
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

  /** True when no vector had to be computed: all came from the embedding store. */
  /** Articles too long to embed at start-up: their texts are embedded as questions need them. */
  public List<Article> embeddedOnDemand() {
    return embeddedOnDemand;
  }

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
