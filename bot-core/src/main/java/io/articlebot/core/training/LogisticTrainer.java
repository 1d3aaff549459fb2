package io.articlebot.core.training;

import io.articlebot.core.model.LinearModel;
import java.util.Arrays;
import java.util.List;

/**
 * Fits a weighted, L2-regularised logistic regression by L-BFGS from zero: the confidence model,
 * whose output is read as a probability. Logistic regression on informative inputs is close to
 * calibrated by construction (Platt scaling is the one-input case).
 */
public final class LogisticTrainer {
  private LogisticTrainer() {}

  /** @param signs per input, the side its weight must keep: +1 at or above zero, −1 at or below, 0 free */
  public static LinearModel fit(List<String> names, List<double[]> rows, boolean[] labels, double[] weights, double[] signs, double l2) {
    int d = names.size();
    Standardization z = Standardization.of(rows, d);
    double[][] x = rows.stream().map(z::apply).toArray(double[][]::new);
    double total = Arrays.stream(weights).sum();
    // Parameters: d weights, then the bias (not regularised).
    DifferentiableFunction loss = (p, grad) -> {
      Arrays.fill(grad, 0);
      double value = 0;
      for (int i = 0; i < x.length; i++) {
        double zi = p[d];
        for (int k = 0; k < d; k++) {
          zi += p[k] * x[i][k];
        }
        // log(1 + e^z) - y z, computed stably
        double softplus = zi > 0 ? zi + StrictMath.log1p(StrictMath.exp(-zi)) : StrictMath.log1p(StrictMath.exp(zi));
        value += weights[i] * (softplus - (labels[i] ? zi : 0));
        double g = weights[i] * (1 / (1 + StrictMath.exp(-zi)) - (labels[i] ? 1 : 0));
        for (int k = 0; k < d; k++) {
          grad[k] += g * x[i][k];
        }
        grad[d] += g;
      }
      value /= total;
      for (int k = 0; k <= d; k++) {
        grad[k] /= total;
      }
      for (int k = 0; k < d; k++) {
        grad[k] += l2 * p[k];
        value += 0.5 * l2 * p[k] * p[k];
      }
      return value + SignPenalty.apply(p, 0, signs, grad);
    };
    double[] p = Lbfgs.minimize(loss, new double[d + 1], 1000, 1e-10);
    SignPenalty.settle(p, 0, signs);
    return new LinearModel(names, z.mean(), z.scale(), Arrays.copyOf(p, d), p[d]);
  }
}
