package io.articlebot.core.training;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS (Nocedal and Wright, "Numerical Optimization", algorithm 7.4) with a
 * backtracking line search on the Armijo condition. Deterministic: the same objective and start
 * give the same result, bit for bit.
 */
final class Lbfgs {
  private static final int MEMORY = 10;

  private Lbfgs() {}

  static double[] minimize(DifferentiableFunction f, double[] start, int maxIterations, double tolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    Deque<double[][]> history = new ArrayDeque<>(); // {s, y, rho}
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      if (norm(g) <= tolerance * Math.max(1, norm(x))) {
        break;
      }
      double[] direction = direction(g, history);
      double slope = dot(direction, g);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        history.clear();
        direction = negate(g);
        slope = dot(direction, g);
      }
      double step = iteration == 0 ? Math.min(1, 1 / Math.max(1e-12, norm(g))) : 1;
      double[] next = new double[n];
      double[] nextGradient = new double[n];
      double fNext;
      int backtracks = 0;
      while (true) {
        for (int i = 0; i < n; i++) {
          next[i] = x[i] + step * direction[i];
        }
        fNext = f.evaluate(next, nextGradient);
        if (fNext <= fx + 1e-4 * step * slope || backtracks++ > 40) {
          break;
        }
        step *= 0.5;
      }
      if (!(fNext < fx)) {
        break; // no progress possible at this precision
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = next[i] - x[i];
        y[i] = nextGradient[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12) {
        history.addLast(new double[][] {s, y, {1 / sy}});
        if (history.size() > MEMORY) {
          history.removeFirst();
        }
      }
      double change = fx - fNext;
      x = next;
      g = nextGradient;
      fx = fNext;
      if (change <= tolerance * Math.max(1, Math.abs(fx))) {
        break;
      }
    }
    return x;
  }

  private static double[] direction(double[] g, Deque<double[][]> history) {
    double[] q = negate(g);
    int m = history.size();
    double[] alpha = new double[m];
    double[][][] h = history.toArray(new double[0][][]);
    for (int i = m - 1; i >= 0; i--) {
      alpha[i] = h[i][2][0] * dot(h[i][0], q);
      axpy(-alpha[i], h[i][1], q);
    }
    if (m > 0) {
      double[] s = h[m - 1][0];
      double[] y = h[m - 1][1];
      double gamma = dot(s, y) / dot(y, y);
      for (int i = 0; i < q.length; i++) {
        q[i] *= gamma;
      }
    }
    for (int i = 0; i < m; i++) {
      double beta = h[i][2][0] * dot(h[i][1], q);
      axpy(alpha[i] - beta, h[i][0], q);
    }
    return q;
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }
}
