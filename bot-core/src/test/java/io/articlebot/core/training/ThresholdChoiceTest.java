package io.articlebot.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdChoiceTest {
  private static List<ThresholdChoice.Point> curve(double... means) {
    List<ThresholdChoice.Point> out = new ArrayList<>();
    for (int i = 0; i < means.length; i++) {
      out.add(new ThresholdChoice.Point(i * 0.1, Map.of("g", means[i]), means[i]));
    }
    return out;
  }

  @Test
  void aLoneSpikeLosesToABroadPlateau() {
    // the highest single point is at 0.1; the broad high ground is around 0.6
    List<ThresholdChoice.Point> c = curve(0.60, 0.72, 0.60, 0.60, 0.69, 0.70, 0.70, 0.70, 0.69, 0.60, 0.60);
    assertThat(ThresholdChoice.plateauCentre(c, 0)).isCloseTo(0.1, within(1e-9));
    assertThat(ThresholdChoice.plateauCentre(c, 2)).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void theWindowIsCutAtTheEnds() {
    List<ThresholdChoice.Point> c = curve(0.9, 0.8, 0.5, 0.4, 0.3);
    assertThat(ThresholdChoice.plateauCentre(c, 1)).isCloseTo(0.0, within(1e-9));
  }
}
