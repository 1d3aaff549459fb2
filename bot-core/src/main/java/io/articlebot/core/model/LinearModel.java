package io.articlebot.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * A weighted sum of standardised inputs: {@code bias + Σ weight[i] · (x[i] − mean[i]) / scale[i]}.
 * Standardising makes the weights comparable, so that docs/retrieval.md can say which input
 * counts most.
 */
public record LinearModel(List<String> inputs, double[] mean, double[] scale, double[] weights, double bias) {
  public LinearModel {
    inputs = List.copyOf(inputs);
    int n = inputs.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException("a linear model needs a mean, scale and weight per input (" + n + ")");
    }
    for (int i = 0; i < n; i++) {
      if (!(scale[i] > 0) || !Double.isFinite(mean[i]) || !Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("bad parameters for input " + inputs.get(i));
      }
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite");
    }
    mean = mean.clone();
    scale = scale.clone();
    weights = weights.clone();
  }

  public double score(double[] x) {
    double s = bias;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i] * (x[i] - mean[i]) / scale[i];
    }
    return s;
  }

  public double weight(String input) {
    int i = inputs.indexOf(input);
    if (i < 0) {
      throw new IllegalArgumentException("no input " + input);
    }
    return weights[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearModel m && inputs.equals(m.inputs) && Arrays.equals(mean, m.mean) && Arrays.equals(scale, m.scale)
        && Arrays.equals(weights, m.weights) && bias == m.bias;
  }

  @Override
  public int hashCode() {
    return inputs.hashCode() * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "LinearModel" + inputs + Arrays.toString(weights);
  }
}
