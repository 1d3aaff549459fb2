package io.articlebot.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.decision.ConfidenceInputs;
import io.articlebot.core.features.QuestionFeatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFileTest {
  private static LinearModel linear(List<String> inputs, double seed) {
    int n = inputs.size();
    double[] mean = new double[n];
    double[] scale = new double[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = ModelFile.rounded(seed * i / 7.0);
      scale[i] = ModelFile.rounded(1 + i / 3.0);
      weight[i] = ModelFile.rounded(seed - i * 0.123456789);
    }
    return new LinearModel(inputs, mean, scale, weight, ModelFile.rounded(-seed / 3));
  }

  private static AnswerModel model() {
    return new AnswerModel("1.test", linear(Ranker.INPUTS, 0.7), linear(QuestionFeatures.NAMES, -1.3),
        linear(ConfidenceInputs.NAMES, 2.1), 0.42, "a (1 article, 2 questions)");
  }

  @Test
  void writesAndReadsTheSameModel() throws IOException {
    AnswerModel m = model();
    String text = ModelFile.write(m, List.of("header"));
    AnswerModel back = ModelFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(back).isEqualTo(m);
    assertThat(ModelFile.write(back, List.of("header"))).isEqualTo(text);
    assertThat(text).startsWith("# header\n").contains("ranker.COVERAGE = ");
  }

  @Test
  void refusesAnotherFormat() {
    String text = ModelFile.write(model(), List.of()).replace("format = 1", "format = 99");
    assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("train");
  }

  @Test
  void roundsToSixSignificantDigits() {
    assertThat(ModelFile.number(0.123456789)).isEqualTo("0.123457");
    assertThat(ModelFile.number(-12.5)).isEqualTo("-12.5");
    assertThat(ModelFile.number(0)).isEqualTo("0");
    assertThat(ModelFile.rounded(ModelFile.rounded(1.0 / 3))).isEqualTo(ModelFile.rounded(1.0 / 3));
  }

  @Test
  void theShippedModelFitsTheFeatures() {
    AnswerModel shipped = AnswerModel.shipped();
    assertThat(shipped.ranker().inputs()).isEqualTo(Ranker.INPUTS);
    assertThat(shipped.noAnswer().inputs()).isEqualTo(QuestionFeatures.NAMES);
    assertThat(shipped.confidence().inputs()).isEqualTo(ConfidenceInputs.NAMES);
    assertThat(shipped.threshold()).isBetween(0.05, 0.95);
    assertThat(shipped.trainedOn()).contains("squad2-dev-train-half");
  }

  @Test
  void linearModelValidatesItsParameters() {
    assertThatThrownBy(() -> new LinearModel(List.of("a"), new double[] {0}, new double[] {0}, new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LinearModel(List.of("a", "b"), new double[] {0}, new double[] {1}, new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    LinearModel m = new LinearModel(List.of("a", "b"), new double[] {1, 0}, new double[] {2, 1}, new double[] {4, -1}, 0.5);
    assertThat(m.score(new double[] {3, 2})).isEqualTo(0.5 + 4 * (3 - 1) / 2.0 - 2);
  }
}
