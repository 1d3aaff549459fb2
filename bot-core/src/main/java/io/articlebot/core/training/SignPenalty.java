package io.articlebot.core.training;

/**
 * Keeps weights on the side their input's evidence allows: a weight on the wrong side costs
 * {@code STRENGTH · w²}, steep enough that it ends at zero, and smooth, so L-BFGS still applies.
 */
final class SignPenalty {
  static final double STRENGTH = 100;

  private SignPenalty() {}

  /**
   * Adds the penalty for {@code w[offset + i]} against {@code signs[i]} (+1: must be ≥ 0; −1: ≤ 0;
   * 0: free) to {@code gradient}, returning its value.
   */
  static double apply(double[] w, int offset, double[] signs, double[] gradient) {
    double value = 0;
    for (int i = 0; i < signs.length; i++) {
      double wrong = -signs[i] * w[offset + i];
      if (wrong > 0) {
        value += STRENGTH * wrong * wrong;
        gradient[offset + i] += -signs[i] * 2 * STRENGTH * wrong;
      }
    }
    return value;
  }

  /** Sets exactly to zero what the penalty has pushed to within rounding of it. */
  static void settle(double[] w, int offset, double[] signs) {
    for (int i = 0; i < signs.length; i++) {
      if (-signs[i] * w[offset + i] > 0) {
        w[offset + i] = 0;
      }
    }
  }
}
