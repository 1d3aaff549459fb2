package io.articlebot.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QuestionVectorsTest {
  private final List<String> embedded = new ArrayList<>();
  private final Function<String, float[]> embed = text -> {
    synchronized (embedded) {
      embedded.add(text);
    }
    return new float[] {text.length()};
  };

  @Test
  void aVectorEmbeddedAheadIsTakenOnceWithoutEmbeddingAgain() {
    QuestionVectors<float[]> ahead = new QuestionVectors<float[]>(4);
    ahead.embedAhead("who won", embed);

    assertThat(ahead.take("who won", embed)).containsExactly(7f);
    assertThat(embedded).containsExactly("who won");
    assertThat(ahead.take("who won", embed)).as("handed out once").containsExactly(7f);
    assertThat(embedded).containsExactly("who won", "who won");
  }

  @Test
  void aQuestionNotEmbeddedAheadIsEmbeddedWhenTaken() {
    QuestionVectors<float[]> ahead = new QuestionVectors<float[]>(4);
    ahead.embedAhead("when", embed);

    assertThat(ahead.take("where", embed)).containsExactly(5f);
    assertThat(embedded).containsExactly("when", "where");
    assertThat(ahead.waiting()).isEqualTo(1);
  }

  @Test
  void theSameQuestionAheadTwiceIsEmbeddedOnce() {
    QuestionVectors<float[]> ahead = new QuestionVectors<float[]>(4);
    ahead.embedAhead("how much", embed);
    ahead.embedAhead("how much", embed);

    assertThat(embedded).containsExactly("how much");
  }

  @Test
  void theOldestIsDroppedBeyondCapacity() {
    QuestionVectors<float[]> ahead = new QuestionVectors(2);
    ahead.embedAhead("a", embed);
    ahead.embedAhead("bb", embed);
    ahead.embedAhead("ccc", embed);

    assertThat(ahead.waiting()).isEqualTo(2);
    ahead.take("a", embed);
    assertThat(embedded).containsExactly("a", "bb", "ccc", "a");
  }

  @Test
  void aFailureAheadIsRetriedByTheTakerWhoSeesItsOwnFailure() {
    QuestionVectors<float[]> ahead = new QuestionVectors(2);
    ahead.embedAhead("boom", text -> {
      throw new IllegalStateException("model failed ahead");
    });

    assertThat(ahead.take("boom", embed)).containsExactly(4f);
    ahead.embedAhead("bang", text -> {
      throw new IllegalStateException("model failed ahead");
    });
    assertThatThrownBy(() -> ahead.take("bang", text -> {
      throw new IllegalStateException("model failed now");
    })).hasMessage("model failed now");
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new QuestionVectors(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
