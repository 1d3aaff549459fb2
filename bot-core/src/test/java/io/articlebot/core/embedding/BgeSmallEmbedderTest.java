package io.articlebot.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, from the jar: no network. */
class BgeSmallEmbedderTest {
  private static final TextEmbedder MODEL = BgeSmallEmbedder.shared();

  private static double norm(float[] v) {
    return Math.sqrt(TextEmbedder.dot(v, v));
  }

  @Test
  void vectorsAreUnitLengthWithTheModelsDimension() {
    float[] q = MODEL.embedQuestion("Who founded the company?");
    assertThat(q).hasSize(MODEL.dimension());
    assertThat(norm(q)).isCloseTo(1, within(1e-4));
    for (float[] v : MODEL.embedPassages(List.of("Short.", "A much longer passage about the founder of a hedge fund in Hangzhou."))) {
      assertThat(norm(v)).isCloseTo(1, within(1e-4));
    }
  }

  @Test
  void aQuestionIsNearerItsAnswerThanAnUnrelatedSentence() {
    float[] q = MODEL.embedQuestion("How heavy is the rover?");
    List<float[]> p = MODEL.embedPassages(List.of("The rover weighs 412 kilograms.", "Tickets for children cost nine dollars."));
    assertThat(TextEmbedder.dot(q, p.get(0))).isGreaterThan(TextEmbedder.dot(q, p.get(1)) + 0.1f);
  }

  @Test
  void batchesGiveTheSameVectorsAsSingleTexts() {
    List<String> texts = List.of("One.", "A second, longer sentence with more words in it.", "Three words here.");
    List<float[]> batch = MODEL.embedPassages(texts);
    for (int i = 0; i < texts.size(); i++) {
      float[] alone = MODEL.embedPassages(List.of(texts.get(i))).get(0);
      assertThat(TextEmbedder.dot(batch.get(i), alone)).isCloseTo(1f, within(1e-4f));
    }
  }

  @Test
  void aQuestionsTokensComeFromTheSameRunAsItsVectorWithoutStopWordsPunctuationOrTheInstruction() {
    TextEmbedding e = MODEL.embedQuestionWithTokens("When did it open?");
    assertThat(e.vector()).containsExactly(MODEL.embedQuestion("When did it open?"));
    // "when", "did", "open": "it" is a stop word, "?" punctuation.
    assertThat(e.tokens().size()).isEqualTo(3);
    assertThat(MODEL.embedQuestionWithTokens("the, of it?").tokens().size()).isZero();
  }

  @Test
  void aPassagesVectorAndTokensFromOneRunAreBitForBitThoseOfTwo() {
    List<String> texts = List.of("The company is based in Hangzhou.", "Tickets cost nine dollars, or 12 euros!");
    List<TextEmbedding> both = MODEL.embedPassagesWithTokens(texts);
    List<float[]> vectors = MODEL.embedPassages(texts);
    List<TokenVectors> tokens = MODEL.embedTokens(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(both.get(i).vector()).containsExactly(vectors.get(i));
      TokenVectors a = both.get(i).tokens();
      TokenVectors b = tokens.get(i);
      assertThat(a.size()).isEqualTo(b.size()).isPositive();
      for (int t = 0; t < a.size(); t++) {
        assertThat(a.cosine(t, a, t)).isEqualTo(b.cosine(t, b, t));
        assertThat(a.cosine(t, b, t)).isEqualTo(b.cosine(t, b, t));
      }
    }
  }

  @Test
  void tokensMatchTheirParaphraseBetterThanAnUnrelatedWord() {
    TokenVectors q = MODEL.embedQuestionWithTokens("Where is the firm headquartered?").tokens();
    List<TokenVectors> p = MODEL.embedTokens(List.of("The company is based in Hangzhou.", "Tickets cost nine dollars."));
    assertThat(p.get(0).size()).isEqualTo(4);
    assertThat(maxSim(q, p.get(0))).isGreaterThan(maxSim(q, p.get(1)) + 0.05f);
  }

  private static float maxSim(TokenVectors q, TokenVectors p) {
    float[] best = new float[q.size()];
    java.util.Arrays.fill(best, -1);
    q.raiseBest(p, best);
    float sum = 0;
    for (float b : best) {
      sum += b;
    }
    return sum / best.length;
  }
}
