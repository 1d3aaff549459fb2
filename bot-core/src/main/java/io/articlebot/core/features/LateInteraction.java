package io.articlebot.core.features;

import io.articlebot.core.candidates.Passage;
import io.articlebot.core.embedding.TokenVectors;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.index.IndexedSentence;
import io.articlebot.core.query.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The late-interaction match of ColBERT (Khattab and Zaharia, 2020), with the sentence embedding
 * model's own token vectors: each content word of the question finds its most similar token in the
 * passage, and the passage scores the mean of those cosines. Where one vector per sentence blurs a
 * long sentence into its gist, this asks whether every part of the question is there, in context
 * ("headquartered" meets "-based"), which is what tells the sentence holding the answer from its
 * neighbours about the same subject.
 */
final class LateInteraction {
  private LateInteraction() {}

  /** Per passage, in order: the mean over question tokens of the best cosine in the passage (0 without tokens). */
  static double[] scores(ArticleIndex index, Query query, List<Passage> passages) {
    double[] out = new double[passages.size()];
    TokenVectors question = query.tokens();
    if (question.size() == 0 || passages.isEmpty()) {
      return out;
    }
    List<IndexedSentence> sentences = new ArrayList<>(new LinkedHashSet<>(
        passages.stream().flatMap(p -> p.sentences().stream()).toList()));
    List<TokenVectors> tokens = index.tokenVectors(sentences);
    Map<IndexedSentence, float[]> best = new IdentityHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      float[] b = new float[question.size()];
      Arrays.fill(b, -1);
      question.raiseBest(tokens.get(i), b);
      best.put(sentences.get(i), b);
    }
    for (int p = 0; p < passages.size(); p++) {
      double sum = 0;
      for (int t = 0; t < question.size(); t++) {
        float b = -1;
        for (IndexedSentence s : passages.get(p).sentences()) {
          b = Math.max(b, best.get(s)[t]);
        }
        sum += Math.max(0, b);
      }
      out[p] = sum / question.size();
    }
    return out;
  }
}
