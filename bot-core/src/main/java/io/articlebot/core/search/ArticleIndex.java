package io.articlebot.core.search;

import io.articlebot.core.analysis.Analysis;
import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.TextAnalyzer;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index with one document per sentence of every article, plus what the
 * ranker needs beside Lucene: each sentence's terms with offsets, its neighbours and the
 * vocabulary's statistics. Built once; immutable and thread-safe afterwards, with one shared
 * {@link IndexSearcher}.
 */
public final class ArticleIndex {
  static final String FIELD = "text";

  private final List<Article> articles;
  private final List<IndexedSentence> sentences;
  private final Vocabulary vocabulary;
  private final Analyzer analyzer;
  private final IndexSearcher searcher;
  private final Terms terms;
  private final Set<String> titleTerms;

  private ArticleIndex(List<Article> articles, List<IndexedSentence> sentences, Vocabulary vocabulary,
      Analyzer analyzer, IndexSearcher searcher, Terms terms) {
    this.articles = articles;
    this.sentences = sentences;
    this.vocabulary = vocabulary;
    this.analyzer = analyzer;
    this.searcher = searcher;
    this.terms = terms;
    Set<String> titles = new HashSet<>();
    for (Article a : articles) {
      titles.addAll(Analysis.terms(analyzer, a.title()));
    }
    this.titleTerms = Set.copyOf(titles);
  }

  public static ArticleIndex build(List<Article> articles) {
    Analyzer analyzer = TextAnalyzer.indexing();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    List<IndexedSentence> sentences = new ArrayList<>();
    Vocabulary vocabulary = new Vocabulary();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Article article : articles) {
        SectionContext context = new SectionContext();
        for (Paragraph p : article.paragraphs()) {
          Set<String> paragraphContext = context.enter(p);
          Set<String> lastSentenceTerms = Set.of();
          Set<String> paragraphTerms = new HashSet<>();
          for (Sentence s : p.sentences()) {
            List<Token> tokens = Analysis.tokens(analyzer, article.text(s), s.start());
            Set<String> termSet = new HashSet<>();
            for (Token t : tokens) {
              boolean initial = t.start() == s.start();
              vocabulary.count(t.term(), initial, Character.isUpperCase(article.text().codePointAt(t.start())), termSet.add(t.term()));
            }
            Document doc = new Document();
            // The tokens were analysed once above; Lucene indexes them as they are.
            doc.add(new Field(FIELD, new TokenListStream(tokens), TextField.TYPE_NOT_STORED));
            writer.addDocument(doc);
            sentences.add(new IndexedSentence(sentences.size(), article, s, tokens, termSet, paragraphContext));
            lastSentenceTerms = termSet;
            paragraphTerms.addAll(termSet);
          }
          context.leave(p, paragraphTerms, lastSentenceTerms);
        }
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory indexing cannot fail", e);
    }
    try {
      DirectoryReader reader = DirectoryReader.open(dir);
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity());
      searcher.setQueryCache(null); // each question is new to Lucene; caching filters would only cost
      Terms terms = MultiTerms.getTerms(reader, FIELD);
      return new ArticleIndex(List.copyOf(articles), List.copyOf(sentences), vocabulary, analyzer, searcher, terms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Article> articles() {
    return articles;
  }

  public int sentenceCount() {
    return sentences.size();
  }

  IndexedSentence sentence(int id) {
    return sentences.get(id);
  }

  /** The sentence before or after in the same paragraph, if any. */
  IndexedSentence neighbour(IndexedSentence s, int direction) {
    int id = s.id() + direction;
    if (id < 0 || id >= sentences.size()) {
      return null;
    }
    IndexedSentence n = sentences.get(id);
    return n.article() == s.article() && n.sentence().paragraph() == s.sentence().paragraph() ? n : null;
  }

  /** The analysed words of every article's title. */
  Set<String> titleTerms() {
    return titleTerms;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** All indexed terms, for spelling correction; null when the index is empty. */
  Terms terms() {
    return terms;
  }
}
