package io.articlebot.core.training;

import java.util.List;

/** Per-input mean and spread of training rows, so that weights are comparable and L2 treats inputs alike. */
record Standardization(double[] mean, double[] scale) {
  static Standardization of(List<double[]> rows, int width) {
    double[] mean = new double[width];
    double[] scale = new double[width];
    for (double[] r : rows) {
      for (int i = 0; i < width; i++) {
        mean[i] += r[i];
      }
    }
    for (int i = 0; i < width; i++) {
      mean[i] /= Math.max(1, rows.size());
    }
    for (double[] r : rows) {
      for (int i = 0; i < width; i++) {
        double d = r[i] - mean[i];
        scale[i] += d * d;
      }
    }
    for (int i = 0; i < width; i++) {
      double sd = Math.sqrt(scale[i] / Math.max(1, rows.size()));
      // A constant input gets scale 1: its weight stays 0 under L2, and nothing divides by zero.
      scale[i] = sd > 1e-9 ? sd : 1;
    }
    return new Standardization(mean, scale);
  }

  double[] apply(double[] row) {
    double[] out = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = (row[i] - mean[i]) / scale[i];
    }
    return out;
  }
}
