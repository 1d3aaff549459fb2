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
 * probabilities. The curve is flat near its top (a few questions either way over a tenth of its
 * range), so its single highest point moves with any change to the model; the threshold is the
 * highest point of the curve averaged over a window of {@link #HALF_WINDOW} steps either side,
 * which picks the middle of the plateau rather than its luckiest step.
 */
public record ThresholdChoice(double threshold, List<Point> curve) {
  static final double STEP = 0.01;
  /** Steps either side averaged: 0.03 either way, a handful of questions per group at this step. */
  static final int HALF_WINDOW = 3;

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
      curve.add(new Point(t, byGroup, sum / names.size()));
    }
    return new ThresholdChoice(plateauCentre(curve, HALF_WINDOW), curve);
  }

  /** The threshold whose window of points either side (cut at the ends) has the highest mean. */
  static double plateauCentre(List<Point> curve, int halfWindow) {
    double bestMean = Double.NEGATIVE_INFINITY;
    double best = curve.get(0).threshold();
    for (int i = 0; i < curve.size(); i++) {
      double sum = 0;
      int n = 0;
      for (int j = Math.max(0, i - halfWindow); j <= Math.min(curve.size() - 1, i + halfWindow); j++) {
        sum += curve.get(j).mean();
        n++;
      }
      if (sum / n > bestMean + 1e-12) {
        bestMean = sum / n;
        best = curve.get(i).threshold();
      }
    }
    return best;
  }
}
