package io.articlebot.core.training;

import io.articlebot.core.features.Feature;
import io.articlebot.core.features.QuestionFeature;
import io.articlebot.core.features.QuestionFeatures;
import io.articlebot.core.model.LinearModel;
import io.articlebot.core.model.Ranker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits the ranker: a linear score per passage, and one for "no answer" from the question's own
 * features, whose softmax over a question's candidates and "no answer" puts as much probability as
 * it can on the candidates holding the answer, or on "no answer" when none does (a listwise loss,
 * as in ListNet, with the null option of SQuAD 2.0 readers). L2-regularised, fitted by L-BFGS from
 * zero: deterministic.
 */
public final class ListwiseTrainer {
  private ListwiseTrainer() {}

  /** The passage scorer and the "no answer" scorer. */
  public record Fit(LinearModel passages, LinearModel noAnswer) {}

  public static Fit fit(List<Sample> samples, double l2) {
    if (samples.stream().noneMatch(Sample::rankable)) {
      throw new IllegalArgumentException("no question with a candidate holding its answer");
    }
    int d = Feature.COUNT;
    int k = QuestionFeature.COUNT;
    List<double[]> rows = new ArrayList<>();
    List<double[]> questionRows = new ArrayList<>();
    for (Sample s : samples) {
      s.candidates().forEach(c -> rows.add(c.values()));
      questionRows.add(s.questionFeatures());
    }
    Standardization z = Standardization.of(rows, d);
    Standardization zq = Standardization.of(questionRows, k);
    List<double[][]> x = new ArrayList<>(samples.size());
    List<double[]> q = new ArrayList<>(samples.size());
    double totalWeight = 0;
    for (Sample s : samples) {
      double[][] m = new double[s.candidates().size()][];
      for (int i = 0; i < m.length; i++) {
        m[i] = z.apply(s.candidates().get(i).values());
      }
      x.add(m);
      q.add(zq.apply(s.questionFeatures()));
      totalWeight += s.weight();
    }
    double norm = totalWeight;
    double[] passageSigns = Arrays.stream(Feature.values()).mapToDouble(f -> f.evidence().sign()).toArray();
    double[] noAnswerSigns = Arrays.stream(QuestionFeature.values()).mapToDouble(f -> f.evidence().sign()).toArray();
    // Parameters: d passage weights, k "no answer" weights, then the "no answer" bias.
    DifferentiableFunction loss = (w, grad) -> {
      Arrays.fill(grad, 0);
      double value = 0;
      for (int n = 0; n < samples.size(); n++) {
        Sample s = samples.get(n);
        double[][] m = x.get(n);
        double[] qn = q.get(n);
        boolean answerable = s.rankable();
        double none = w[d + k];
        for (int j = 0; j < k; j++) {
          none += w[d + j] * qn[j];
        }
        double[] score = new double[m.length];
        double max = none;
        for (int i = 0; i < m.length; i++) {
          double sc = 0;
          for (int j = 0; j < d; j++) {
            sc += w[j] * m[i][j];
          }
          score[i] = sc;
          max = Math.max(max, sc);
        }
        double eNone = StrictMath.exp(none - max);
        double all = eNone;
        double pos = answerable ? 0 : eNone;
        double[] exp = new double[m.length];
        for (int i = 0; i < m.length; i++) {
          double e = StrictMath.exp(score[i] - max);
          exp[i] = e;
          all += e;
          if (answerable && s.positive()[i]) {
            pos += e;
          }
        }
        value += s.weight() * (StrictMath.log(all) - StrictMath.log(pos));
        for (int i = 0; i < m.length; i++) {
          double e = exp[i];
          double g = s.weight() * (e / all - (answerable && s.positive()[i] ? e / pos : 0));
          if (g != 0) {
            for (int j = 0; j < d; j++) {
              grad[j] += g * m[i][j];
            }
          }
        }
        double gNone = s.weight() * (eNone / all - (answerable ? 0 : 1));
        for (int j = 0; j < k; j++) {
          grad[d + j] += gNone * qn[j];
        }
        grad[d + k] += gNone;
      }
      value /= norm;
      for (int j = 0; j <= d + k; j++) {
        grad[j] /= norm;
      }
      for (int j = 0; j < d + k; j++) {
        grad[j] += l2 * w[j];
        value += 0.5 * l2 * w[j] * w[j];
      }
      value += SignPenalty.apply(w, 0, passageSigns, grad);
      value += SignPenalty.apply(w, d, noAnswerSigns, grad);
      return value;
    };
    double[] w = Lbfgs.minimize(loss, new double[d + k + 1], 500, 1e-9);
    SignPenalty.settle(w, 0, passageSigns);
    SignPenalty.settle(w, d, noAnswerSigns);
    LinearModel passages = new LinearModel(Ranker.INPUTS, z.mean(), z.scale(), Arrays.copyOf(w, d), 0);
    LinearModel noAnswer = new LinearModel(QuestionFeatures.NAMES, zq.mean(), zq.scale(), Arrays.copyOfRange(w, d, d + k), w[d + k]);
    return new Fit(passages, noAnswer);
  }
}
