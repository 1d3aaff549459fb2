package io.articlebot.core.training;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.eval.QuestionOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the confidence below which the bot says "the article doesn't say". SQuAD's unanswerable
 * questions are traps written next to the answer, so a threshold that suits SQuAD alone would
 * over-abstain on news, policies and FAQs, where most questions readers ask are answered and the
 * unanswerable ones are mostly about things the text never mentions. The threshold therefore
 * maximises the mean, over the groups of text trained on (each group counting once, however many
 * questions it has), of the share of questions answered rightly or rightly declined, on held-out
 * probabilities.
 */
public record ThresholdChoice(double threshold, List<Point> curve) {
  static final double STEP = 0.01;

  /** One candidate threshold with each group's share right or rightly silent, and their mean. */
  public record Point(double threshold, Map<String, Double> byGroup, double mean) {
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.2f  mean %.3f", threshold, mean));
      byGroup.forEach((g, v) -> out.append(String.format(Locale.ROOT, "  %s %.3f", g, v)));
      return out.toString();
    }
  }

  static ThresholdChoice choose(List<Sample> samples, List<String> groups, double[] probability, List<List<Quote>> offered) {
    List<String> names = new ArrayList<>(new LinkedHashSet<>(groups));
    List<Point> curve = new ArrayList<>();
    Point best = null;
    for (int step = 0; step <= Math.round(1 / STEP); step++) {
      double t = step * STEP;
      Map<String, int[]> tally = new LinkedHashMap<>();
      names.forEach(n -> tally.put(n, new int[2]));
      for (int i = 0; i < samples.size(); i++) {
        QuestionOutcome o = ModelTrainer.outcome(samples.get(i), probability[i], offered.get(i), t);
        int[] c = tally.get(groups.get(i));
        c[0] += o.rightOrRightlySilent() ? 1 : 0;
        c[1]++;
      }
      Map<String, Double> byGroup = new LinkedHashMap<>();
      double sum = 0;
      for (String n : names) {
        double share = (double) tally.get(n)[0] / tally.get(n)[1];
        byGroup.put(n, share);
        sum += share;
      }
      Point p = new Point(t, byGroup, sum / names.size());
      curve.add(p);
      if (best == null || p.mean() > best.mean() + 1e-12) {
        best = p;
      }
    }
    return new ThresholdChoice(best.threshold(), curve);
  }
}
