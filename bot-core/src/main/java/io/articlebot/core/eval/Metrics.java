package io.articlebot.core.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Figures of a scored binary prediction: ranking quality (ROC AUC) and calibration (ECE). */
public final class Metrics {
  /** Equal-width bins for the expected calibration error, as in Guo et al. (2017). */
  public static final int CALIBRATION_BINS = 10;

  private Metrics() {}

  /**
   * Area under the ROC curve: the chance that a random positive scores above a random negative (ties
   * count half). NaN when either class is absent.
   */
  public static double auc(double[] scores, boolean[] labels) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double rankSumPositives = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (labels[order[k]]) {
          rankSumPositives += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Expected calibration error: the mean gap between confidence and accuracy, over equal-width bins, weighted by bin size. */
  public static double calibrationError(double[] confidence, boolean[] labels) {
    int n = confidence.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[] sumConfidence = new double[CALIBRATION_BINS];
    double[] sumCorrect = new double[CALIBRATION_BINS];
    int[] count = new int[CALIBRATION_BINS];
    for (int i = 0; i < n; i++) {
      int bin = Math.min(CALIBRATION_BINS - 1, (int) (confidence[i] * CALIBRATION_BINS));
      sumConfidence[bin] += confidence[i];
      sumCorrect[bin] += labels[i] ? 1 : 0;
      count[bin]++;
    }
    double error = 0;
    for (int b = 0; b < CALIBRATION_BINS; b++) {
      if (count[b] > 0) {
        error += Math.abs(sumConfidence[b] - sumCorrect[b]) / n;
      }
    }
    return error;
  }

  static double[] confidences(List<QuestionOutcome> outcomes) {
    return outcomes.stream().mapToDouble(QuestionOutcome::confidence).toArray();
  }

  static boolean[] firstPassageRight(List<QuestionOutcome> outcomes) {
    boolean[] out = new boolean[outcomes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = outcomes.get(i).firstPassageRight();
    }
    return out;
  }
}
