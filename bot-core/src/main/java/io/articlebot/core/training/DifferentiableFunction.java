package io.articlebot.core.training;

/** A smooth objective: its value at {@code x}, with its gradient written into {@code gradient}. */
@FunctionalInterface
interface DifferentiableFunction {
  double evaluate(double[] x, double[] gradient);
}
