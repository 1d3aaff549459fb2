package io.articlebot.core.candidates;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.index.IndexedParagraph;
import io.articlebot.core.index.IndexedSentence;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;

/**
 * The first stage: passages worth scoring. Lucene finds sentences two ways, by BM25 over the
 * question's words (every form and synonym) and by nearest neighbours of the question's vector,
 * and finds the paragraphs nearest to it, whose sentences all come along. Each sentence found
 * becomes a passage alone and with each neighbour in its paragraph, so an answer split over two
 * sentences is found whole.
 */
public final class CandidateFinder {
  static final int LEXICAL_SENTENCES = 30;
  static final int SEMANTIC_SENTENCES = 30;
  static final int SEMANTIC_PARAGRAPHS = 3;
  /** With many articles, each search looks this many times deeper, so that other articles can take places. */
  static final int DEPTH = 3;
  /** With many articles, one article takes at most this share (1/3) of each search's places. */
  static final int PER_ARTICLE_SHARE = 3;

  private final ArticleIndex index;

  public CandidateFinder(ArticleIndex index) {
    this.index = index;
  }

  public List<Passage> find(Query query) {
    Set<IndexedSentence> found = new LinkedHashSet<>();
    try {
      BooleanQuery lexical = lexicalQuery(query);
      boolean many = index.articles().size() > 1;
      int depth = many ? DEPTH : 1;
      if (!lexical.clauses().isEmpty()) {
        found.addAll(spread(index.topSentences(lexical, LEXICAL_SENTENCES * depth), LEXICAL_SENTENCES, s -> s.article().id()));
      }
      List<IndexedSentence> near = new ArrayList<>();
      for (ScoreDoc d : index.searcher().search(nearest(ArticleIndex.SENTENCE_VECTOR, query.vector(), SEMANTIC_SENTENCES * depth),
          SEMANTIC_SENTENCES * depth).scoreDocs) {
        near.add(index.sentenceOfDoc(d.doc));
      }
      found.addAll(spread(near, SEMANTIC_SENTENCES, s -> s.article().id()));
      List<IndexedParagraph> paragraphs = new ArrayList<>();
      for (ScoreDoc d : index.searcher().search(nearest(ArticleIndex.PARAGRAPH_VECTOR, query.vector(), SEMANTIC_PARAGRAPHS * depth),
          SEMANTIC_PARAGRAPHS * depth).scoreDocs) {
        paragraphs.add(index.paragraphOfDoc(d.doc));
      }
      for (IndexedParagraph p : spread(paragraphs, SEMANTIC_PARAGRAPHS, x -> x.first().article().id())) {
        found.addAll(p.sentences());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    }
    Map<Long, Passage> passages = new LinkedHashMap<>();
    for (IndexedSentence s : found) {
      add(passages, List.of(s));
      IndexedSentence before = index.neighbour(s, -1);
      IndexedSentence after = index.neighbour(s, +1);
      if (before != null) {
        add(passages, List.of(before, s));
      }
      if (after != null) {
        add(passages, List.of(s, after));
      }
    }
    return List.copyOf(passages.values());
  }

  /**
   * The first {@code n} of {@code ranked}, best first, with no article taking more than a third
   * of the places while others have hits: with many articles, a long one whose sentences all
   * mention the question's words would otherwise fill every place, and the short article that
   * answers would never be looked at. Places no other article can fill go back to the first one.
   * With one article, simply the first {@code n}.
   */
  static <T> List<T> spread(List<T> ranked, int n, java.util.function.Function<T, String> articleOf) {
    if (ranked.size() <= n) {
      return ranked;
    }
    int cap = (n + PER_ARTICLE_SHARE - 1) / PER_ARTICLE_SHARE;
    Map<String, Integer> taken = new java.util.HashMap<>();
    Set<T> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (T t : ranked) {
      if (chosen.size() == n) {
        break;
      }
      if (taken.merge(articleOf.apply(t), 1, Integer::sum) <= cap) {
        chosen.add(t);
      }
    }
    for (T t : ranked) {
      if (chosen.size() == n) {
        break;
      }
      chosen.add(t);
    }
    List<T> out = new ArrayList<>(n);
    for (T t : ranked) {
      if (chosen.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Nearest neighbours, among the articles the index serves (all, or the one of a view). */
  private KnnFloatVectorQuery nearest(String field, float[] vector, int k) {
    return index.filter() == null ? new KnnFloatVectorQuery(field, vector, k) : new KnnFloatVectorQuery(field, vector, k, index.filter());
  }

  private static void add(Map<Long, Passage> passages, List<IndexedSentence> sentences) {
    Passage p = new Passage(sentences);
    passages.putIfAbsent(p.key(), p);
  }

  private static BooleanQuery lexicalQuery(Query query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (WeightedTerm t : query.terms()) {
      if (t.missing()) {
        continue;
      }
      SynonymQuery.Builder forms = new SynonymQuery.Builder(ArticleIndex.SENTENCE_TEXT);
      for (Alternative a : t.present()) {
        forms.addTerm(new Term(ArticleIndex.SENTENCE_TEXT, a.term()), (float) a.weight());
      }
      b.add(new BoostQuery(forms.build(), (float) t.term().weight()), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
