package io.articlebot.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void aucIsOneForAPerfectRankingAndHalfForTies() {
    assertThat(Metrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {true, true, false, false})).isEqualTo(1.0);
    assertThat(Metrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {true, true, false, false})).isEqualTo(0.0);
    assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.5, 0.5}, new boolean[] {true, false, true, false})).isEqualTo(0.5);
    // One positive above one negative, below the other: 2 of 4 pairs right.
    assertThat(Metrics.auc(new double[] {0.9, 0.7, 0.8, 0.1}, new boolean[] {false, true, true, false})).isCloseTo(0.5, within(1e-12));
    assertThat(Metrics.auc(new double[] {0.3, 0.4}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void calibrationErrorMeasuresTheGapPerBin() {
    // Confidence 0.8 twice, right once: a gap of 0.3 on all of the questions.
    assertThat(Metrics.calibrationError(new double[] {0.8, 0.8}, new boolean[] {true, false})).isCloseTo(0.3, within(1e-12));
    // Perfectly calibrated: 0.25 confidence, one of four right.
    assertThat(Metrics.calibrationError(new double[] {0.25, 0.25, 0.25, 0.25}, new boolean[] {true, false, false, false}))
        .isCloseTo(0, within(1e-12));
    // Two bins, each off by 0.1, weighted by size.
    assertThat(Metrics.calibrationError(new double[] {0.1, 0.9}, new boolean[] {false, true})).isCloseTo(0.1, within(1e-12));
    assertThat(Metrics.calibrationError(new double[] {1.0}, new boolean[] {true})).isCloseTo(0, within(1e-12));
  }
}
