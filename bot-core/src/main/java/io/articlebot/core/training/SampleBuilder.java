package io.articlebot.core.training;

import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.candidates.CandidateFinder;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.eval.EvalQuestion;
import io.articlebot.core.eval.EvalSet;
import io.articlebot.core.eval.Evaluator;
import io.articlebot.core.features.FeatureExtractor;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.features.QuestionFeatures;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.QueryReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns labelled sets into {@link Sample}s by running the answering pipeline's first stages
 * exactly as the bot does: the same index, candidates and features. A candidate is positive when
 * it covers where the answer stands (SQuAD gives offsets) or, for sets without offsets, when it
 * contains an answer string.
 */
public final class SampleBuilder {
  private final TextEmbedder embedder;
  private final EmbeddingStore store;

  public SampleBuilder(TextEmbedder embedder, EmbeddingStore store) {
    this.embedder = embedder;
    this.store = store;
  }

  public List<Sample> build(EvalSet set, double weight) {
    Map<String, List<EvalQuestion>> groups = new LinkedHashMap<>();
    Map<String, List<Article>> articlesOf = new LinkedHashMap<>();
    if (set.perArticle()) {
      for (EvalQuestion q : set.questions()) {
        groups.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
      }
      for (Article a : set.articles()) {
        articlesOf.put(a.id(), List.of(a));
      }
    } else {
      String id = set.articles().size() == 1 ? set.articles().get(0).id() : set.name();
      groups.put(id, set.questions());
      articlesOf.put(id, set.articles());
    }
    List<Sample> out = new ArrayList<>();
    for (Map.Entry<String, List<EvalQuestion>> g : groups.entrySet()) {
      List<Article> articles = articlesOf.get(g.getKey());
      if (articles == null || articles.isEmpty()) {
        throw new IllegalArgumentException("set " + set.name() + " asks about article " + g.getKey() + ", which it does not hold");
      }
      ArticleIndex index = ArticleIndex.build(articles, embedder, store);
      QueryReader reader = new QueryReader(index);
      CandidateFinder finder = new CandidateFinder(index);
      FeatureExtractor extractor = new FeatureExtractor(index);
      List<String> texts = g.getValue().stream().map(q -> reader.embeddingText(q.question())).toList();
      for (int i = 0; i < texts.size(); i++) {
        EvalQuestion q = g.getValue().get(i);
        // Not kept: a question's vector and token vectors come from one run, a few milliseconds.
        Query query = reader.read(q.question(), embedder.embedQuestionWithTokens(texts.get(i)));
        List<PassageFeatures> candidates = extractor.extract(query, finder.find(query));
        boolean[] positive = new boolean[candidates.size()];
        for (int c = 0; c < positive.length; c++) {
          positive[c] = q.answerable() && holdsAnswer(candidates.get(c).passage(), q);
        }
        out.add(new Sample(set.name(), g.getKey(), q, query, candidates, QuestionFeatures.of(query, candidates.size(), index.sentenceCount()), positive, weight));
      }
    }
    return out;
  }

  static boolean holdsAnswer(Passage p, EvalQuestion q) {
    if (q.answerSpans().isEmpty()) {
      return Evaluator.containsAnswer(p.text(), q.answers());
    }
    for (Span s : q.answerSpans()) {
      if (p.start() <= s.start() && s.end() <= p.end()) {
        return true;
      }
    }
    return false;
  }
}
