package io.articlebot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {
  private static final Question Q = new Question("Who founded DeepSeek?");

  static Quote quote(int start) {
    return new Quote("Liang Wenfeng", new Citation("a", "A", 1, ""), start, start + 13, 1.0, List.of(), List.of());
  }

  @Test
  void oneToThreeQuotes() {
    for (int n = 1; n <= Answer.MAX_QUOTES; n++) {
      List<Quote> quotes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        quotes.add(quote(i * 20));
      }
      assertThat(new Answer(Q, true, 0.5, quotes).quotes()).hasSize(n);
    }
  }

  @Test
  void anAbstentionMayListTheNearestPassagesButAnAnswerMayNot() {
    Answer abstained = Answer.abstain(Q, 0.2, List.of(quote(0), quote(20)));
    assertThat(abstained.quotes()).isEmpty();
    assertThat(abstained.nearest()).hasSize(2);
    assertThat(abstained.offered()).isEqualTo(abstained.nearest());
    Answer answered = new Answer(Q, true, 0.9, List.of(quote(0)));
    assertThat(answered.nearest()).isEmpty();
    assertThat(answered.offered()).isEqualTo(answered.quotes());
    assertThatThrownBy(() -> new Answer(Q, true, 0.9, List.of(quote(0)), List.of(quote(20)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Answer.abstain(Q, 0.1, List.of(quote(0), quote(20), quote(40), quote(60))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fourQuotesAreRefused() {
    List<Quote> four = List.of(quote(0), quote(20), quote(40), quote(60));
    assertThatThrownBy(() -> new Answer(Q, true, 0.5, four)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answeredWithoutQuotesIsRefused() {
    assertThatThrownBy(() -> new Answer(Q, true, 0.5, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void abstentionWithQuotesIsRefused() {
    assertThatThrownBy(() -> new Answer(Q, false, 0.5, List.of(quote(0)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void confidenceMustBeAProbability() {
    assertThatThrownBy(() -> Answer.abstain(Q, -0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Answer.abstain(Q, 1.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Answer.abstain(Q, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Answer.abstain(Q, 0).answered()).isFalse();
    assertThat(Answer.abstain(Q, 1).quotes()).isEmpty();
  }

  @Test
  void questionIsRequiredAndQuotesAreCopied() {
    assertThatThrownBy(() -> new Answer(null, false, 0, List.of())).isInstanceOf(NullPointerException.class);
    List<Quote> quotes = new ArrayList<>(List.of(quote(0)));
    Answer a = new Answer(Q, true, 0.5, quotes);
    quotes.add(quote(20));
    assertThat(a.quotes()).hasSize(1);
    assertThatThrownBy(() -> a.quotes().add(quote(40))).isInstanceOf(UnsupportedOperationException.class);
  }
}
