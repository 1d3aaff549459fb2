package io.articlebot.core.eval;

import java.util.List;

/**
 * The figures of one group of questions (an article, or a whole set). Shares of answerable
 * questions: top-1/top-3 count only answers (an abstention is a miss), offered-1/offered-3 count
 * the first passages offered whether quoted or nearest. Abstention is the share of unanswerable
 * questions declined; false abstention the share of answerable ones declined; right-or-silent the
 * share of all questions answered with a right first quote or rightly declined. AUC and calibration
 * error judge {@code confidence} as a forecast that the first passage offered answers.
 */
public record EvalFigures(int answerable, int unanswerable, double top1, double top3, double offered1, double offered3, double abstention,
    double falseAbstention, double rightOrSilent, double auc, double calibrationError) {

  public static EvalFigures of(List<QuestionOutcome> outcomes) {
    int answerable = 0;
    int top1 = 0;
    int top3 = 0;
    int offered1 = 0;
    int offered3 = 0;
    int abstained = 0;
    int falseAbstained = 0;
    int right = 0;
    for (QuestionOutcome o : outcomes) {
      right += o.rightOrRightlySilent() ? 1 : 0;
      if (!o.question().answerable()) {
        abstained += o.answered() ? 0 : 1;
        continue;
      }
      answerable++;
      top1 += o.top1() ? 1 : 0;
      top3 += o.top3() ? 1 : 0;
      offered1 += o.offered1() ? 1 : 0;
      offered3 += o.offered3() ? 1 : 0;
      falseAbstained += o.answered() ? 0 : 1;
    }
    int unanswerable = outcomes.size() - answerable;
    double[] confidence = Metrics.confidences(outcomes);
    boolean[] labels = Metrics.firstPassageRight(outcomes);
    return new EvalFigures(answerable, unanswerable, share(top1, answerable), share(top3, answerable), share(offered1, answerable),
        share(offered3, answerable), share(abstained, unanswerable), share(falseAbstained, answerable), share(right, outcomes.size()),
        Metrics.auc(confidence, labels), Metrics.calibrationError(confidence, labels));
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
