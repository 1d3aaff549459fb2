package io.articlebot.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.features.QuestionFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankerTest {
  @Test
  void refusesAModelForOtherFeatures() {
    LinearModel wrong = new LinearModel(List.of("X"), new double[] {0}, new double[] {1}, new double[] {1}, 0);
    LinearModel none = AnswerModel.shipped().noAnswer();
    assertThatThrownBy(() -> new Ranker(wrong, none)).hasMessageContaining("train");
    assertThatThrownBy(() -> new Ranker(AnswerModel.shipped().ranker(), wrong)).hasMessageContaining("train");
    assertThat(none.inputs()).isEqualTo(QuestionFeatures.NAMES);
  }
}
