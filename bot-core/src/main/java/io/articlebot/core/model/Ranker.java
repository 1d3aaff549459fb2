package io.articlebot.core.model;

import io.articlebot.core.features.Feature;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.features.QuestionFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The third stage: orders a question's candidates by the learned linear score, and weighs them
 * against "no answer", scored from what is known about the question itself. The scores become one
 * distribution (softmax) over the candidates and "no answer", which is how the ranker was trained:
 * to put the probability on a passage holding the answer, or on "no answer" when none does.
 */
public final class Ranker {
  public static final List<String> INPUTS = Arrays.stream(Feature.values()).map(Enum::name).toList();

  private final LinearModel passages;
  private final LinearModel noAnswer;

  public Ranker(LinearModel passages, LinearModel noAnswer) {
    if (!passages.inputs().equals(INPUTS) || !noAnswer.inputs().equals(QuestionFeatures.NAMES)) {
      throw new IllegalStateException("the ranking model was trained for other features; run ./article-bot train");
    }
    this.passages = passages;
    this.noAnswer = noAnswer;
  }

  public Ranking rank(List<PassageFeatures> candidates, double[] question) {
    double[] scores = new double[candidates.size()];
    double none = noAnswer.score(question);
    double max = none;
    for (int i = 0; i < scores.length; i++) {
      scores[i] = passages.score(candidates.get(i).values());
      max = Math.max(max, scores[i]);
    }
    double sum = StrictMath.exp(none - max);
    for (double s : scores) {
      sum += StrictMath.exp(s - max);
    }
    List<RankedPassage> out = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      out.add(new RankedPassage(candidates.get(i), scores[i], StrictMath.exp(scores[i] - max) / sum));
    }
    out.sort(Comparator.comparingDouble(RankedPassage::score).reversed().thenComparingInt(r -> r.passage().first().id())
        .thenComparingInt(r -> r.passage().size()));
    return new Ranking(out, none, StrictMath.exp(none - max) / sum);
  }
}
