package io.articlebot.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LbfgsTest {
  @Test
  void findsTheMinimumOfTheRosenbrockFunction() {
    DifferentiableFunction rosenbrock = (x, g) -> {
      double a = 1 - x[0];
      double b = x[1] - x[0] * x[0];
      g[0] = -2 * a - 400 * x[0] * b;
      g[1] = 200 * b;
      return a * a + 100 * b * b;
    };
    double[] x = Lbfgs.minimize(rosenbrock, new double[] {-1.2, 1}, 500, 1e-14);
    assertThat(x[0]).isCloseTo(1, within(1e-4));
    assertThat(x[1]).isCloseTo(1, within(1e-4));
  }

  @Test
  void isDeterministic() {
    DifferentiableFunction bowl = (x, g) -> {
      double v = 0;
      for (int i = 0; i < x.length; i++) {
        double d = x[i] - i;
        v += (i + 1) * d * d;
        g[i] = 2 * (i + 1) * d;
      }
      return v;
    };
    assertThat(Lbfgs.minimize(bowl, new double[5], 100, 1e-12)).containsExactly(Lbfgs.minimize(bowl, new double[5], 100, 1e-12));
  }
}
