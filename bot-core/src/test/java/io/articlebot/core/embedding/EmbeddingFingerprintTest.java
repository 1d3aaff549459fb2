package io.articlebot.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingFingerprintTest {
  @Test
  void theSameEmbedderGivesTheSameFingerprint() {
    assertThat(EmbeddingFingerprint.of(new FakeEmbedder())).isEqualTo(EmbeddingFingerprint.of(new FakeEmbedder())).hasSize(16);
  }

  @Test
  void aVectorThatDiffersInItsLastBitChangesIt() {
    FakeEmbedder fake = new FakeEmbedder();
    TextEmbedder nudged = new TextEmbedder() {
      @Override
      public String modelId() {
        return fake.modelId();
      }

      @Override
      public int dimension() {
        return fake.dimension();
      }

      @Override
      public TextEmbedding embedQuestionWithTokens(String question) {
        return fake.embedQuestionWithTokens(question);
      }

      @Override
      public List<float[]> embedPassages(List<String> texts) {
        List<float[]> v = fake.embedPassages(texts);
        float[] first = v.get(0).clone();
        first[0] = Math.nextUp(first[0]);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), v.stream().skip(1)).toList();
      }

      @Override
      public List<TokenVectors> embedTokens(List<String> passages) {
        return fake.embedTokens(passages);
      }
    };
    assertThat(EmbeddingFingerprint.of(nudged)).isNotEqualTo(EmbeddingFingerprint.of(new FakeEmbedder()));
  }
}
