package io.articlebot.app.bench;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.article.Sentence;
import io.articlebot.core.util.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline: a plain Lucene BM25 search over sentences with Lucene's English analyzer, that
 * always answers with its top hits. {@code eval --baseline} scores it; its {@code main} is the
 * "plain BM25 program" that {@code bench} times a cold {@code ask} against.
 */
public final class PlainBm25 implements QuestionAnswerer {
  private final List<Article> articles = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Article> owners = new ArrayList<>();
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;

  public PlainBm25(List<Article> articles) {
    this.articles.addAll(articles);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Article a : articles) {
        for (Sentence s : a.sentences()) {
          Document d = new Document();
          d.add(new TextField("text", a.text(s), Field.Store.NO));
          d.add(new StoredField("id", sentences.size()));
          w.addDocument(d);
          sentences.add(s);
          owners.add(a);
        }
      }
      w.forceMerge(1);
      w.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Answer answer(Question question) {
    Query q = new QueryBuilder(analyzer).createBooleanQuery("text", question.text());
    if (q == null) {
      return Answer.abstain(question, 0);
    }
    try {
      List<Quote> quotes = new ArrayList<>();
      for (ScoreDoc d : searcher.search(q, Answer.MAX_QUOTES).scoreDocs) {
        Sentence s = sentences.get(d.doc);
        Article a = owners.get(d.doc);
        quotes.add(new Quote(a.text(s), new Citation(a.id(), a.title(), s.paragraph(), a.source()), s.start(), s.end(), d.score, List.of(), List.of()));
      }
      return quotes.isEmpty() ? Answer.abstain(question, 0) : new Answer(question, true, 1, quotes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code PlainBm25 ARTICLE QUESTION}, or {@code -} to answer each stdin line: one JSON line each. */
  /** {@code ARTICLE... QUESTION}, or {@code ARTICLE... -} to answer each line of stdin. */
  public static void main(String[] args) throws IOException {
    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < args.length - 1; i++) {
      articles.add(ArticleLoader.load(Path.of(args[i]), null, null, null, null, null));
    }
    PlainBm25 bm25 = new PlainBm25(articles);
    String question = args[args.length - 1];
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (question.equals("-")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
      for (String line; (line = in.readLine()) != null; ) {
        out.println(bm25.json(line));
        out.flush();
      }
    } else {
      out.println(bm25.json(question));
    }
    out.flush();
  }

  private String json(String question) {
    if (question.isBlank()) {
      return "{\"question\":\"\",\"answered\":false}";
    }
    Answer a = answer(new Question(question));
    return "{\"question\":" + Json.quote(question) + ",\"answered\":" + a.answered()
        + (a.answered() ? ",\"text\":" + Json.quote(a.quotes().get(0).text()) + ",\"paragraph\":" + a.quotes().get(0).citation().paragraph() : "")
        + "}";
  }
}
