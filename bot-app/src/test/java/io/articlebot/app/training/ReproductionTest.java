package io.articlebot.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproductionTest {
  @TempDir
  Path dir;

  @Test
  void withTheTrainingMachinesEmbeddingsEveryParameterMustAgreeToAThousandth() {
    assertThat(Reproduction.judge(0.0005, Optional.of("ab12"), "ab12").reproduced()).isTrue();
    assertThat(Reproduction.judge(0.01, Optional.of("ab12"), "ab12").reproduced()).isFalse();
    assertThat(Reproduction.judge(0.01, Optional.empty(), "ab12").reproduced()).isFalse();
  }

  @Test
  void withOtherEmbeddingsTheBoundIsWiderAndTheReplySaysWhy() {
    Reproduction.Verdict v = Reproduction.judge(0.046, Optional.of("ab12"), "cd34");
    assertThat(v.reproduced()).isTrue();
    assertThat(v.says()).contains("cd34", "ab12", "0.046");
    assertThat(Reproduction.judge(0.2, Optional.of("ab12"), "cd34").reproduced()).isFalse();
  }

  @Test
  void theRecordedFingerprintIsReadBack() throws IOException {
    Path file = dir.resolve("trained-embeddings.properties");
    assertThat(Reproduction.recorded(file)).isEmpty();
    Reproduction.record(file, "0123abcd", "1.8554f4cc");
    assertThat(Reproduction.recorded(file)).contains("0123abcd");
  }
}
