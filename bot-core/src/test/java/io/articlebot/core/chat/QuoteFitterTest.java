package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QuoteFitterTest {
  private static final Citation CITATION = new Citation("a", "An article", 3, "");
  private static final int BASE = 1000;

  /** A quote made of sentences joined by single spaces (or a newline), with their spans. */
  static Quote quote(List<String> sentences, String separator) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(separator);
      }
      spans.add(new Span(text.length(), text.length() + s.length()));
      text.append(s);
    }
    return new Quote(text.toString(), CITATION, BASE, BASE + text.length(), 2.5, List.of(new Span(0, Math.min(3, text.length()))), spans);
  }

  private static void assertVerbatimPieces(Quote quote, List<Quote> pieces, int limit) {
    assertThat(pieces).isNotEmpty();
    int previousEnd = quote.start();
    for (Quote p : pieces) {
      assertThat(p.text().length()).isLessThanOrEqualTo(limit);
      assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.text()).isEqualTo(quote.text().substring(p.start() - quote.start(), p.end() - quote.start()));
      assertThat(p.text()).isEqualTo(p.text().strip());
      assertThat(p.citation()).isEqualTo(quote.citation());
      previousEnd = p.end();
    }
    StringBuilder all = new StringBuilder();
    pieces.forEach(p -> all.append(p.text()));
    assertThat(all.toString().replaceAll("\\s", "")).isEqualTo(quote.text().replaceAll("\\s", ""));
  }

  @Test
  void shortQuoteIsOnePiece() {
    Quote q = quote(List.of("One sentence.", "Two sentences."), " ");
    assertThat(QuoteFitter.fit(q, 100)).containsExactly(q);
  }

  @Test
  void cutsAtSentenceBoundaries() {
    Quote q = quote(List.of("The first sentence is here.", "The second one follows it.", "A third closes."), " ");
    List<Quote> pieces = QuoteFitter.fit(q, 60);
    assertThat(pieces).extracting(Quote::text)
        .containsExactly("The first sentence is here. The second one follows it.", "A third closes.");
    assertVerbatimPieces(q, pieces, 60);
    assertThat(pieces.get(1).start()).isEqualTo(BASE + q.text().indexOf("A third"));
  }

  @Test
  void longSentenceIsCutAtASpaceNeverMidWord() {
    Quote q = quote(List.of("Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda."), " ");
    List<Quote> pieces = QuoteFitter.fit(q, 20);
    assertVerbatimPieces(q, pieces, 20);
    for (Quote p : pieces) {
      int end = p.end() - q.start();
      assertThat(end == q.text().length() || q.text().charAt(end) == ' ').as("cut after [%s]", p.text()).isTrue();
    }
  }

  @Test
  void wordLongerThanTheLimitIsHardCutButNeverSplitsASurrogatePair() {
    Quote q = quote(List.of("🙂🙂🙂🙂🙂🙂🙂🙂 done"), " ");
    List<Quote> pieces = QuoteFitter.fit(q, 5);
    assertVerbatimPieces(q, pieces, 5);
    for (Quote p : pieces) {
      assertThat(Character.isLowSurrogate(p.text().charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1))).isFalse();
    }
  }

  @Test
  void highlightsAndSentencesAreClippedToEachPiece() {
    Quote q = quote(List.of("The first sentence is here.", "The second one follows it."), " ");
    List<Quote> pieces = QuoteFitter.fit(q, 30);
    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0).highlights()).containsExactly(new Span(0, 3));
    assertThat(pieces.get(1).highlights()).isEmpty();
    assertThat(pieces.get(1).sentences()).containsExactly(new Span(0, pieces.get(1).text().length()));
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> QuoteFitter.fit(quote(List.of("x."), " "), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void piecesAreVerbatimFitAndEndAtSentencesWhenTheyCan(@ForAll("sentences") List<String> sentences,
      @ForAll @IntRange(min = 1, max = 40) int slack, @ForAll boolean newlines) {
    Quote q = quote(sentences, newlines ? "\n" : " ");
    int longest = sentences.stream().mapToInt(String::length).max().orElseThrow();
    int limit = longest + slack;
    List<Quote> pieces = QuoteFitter.fit(q, limit);
    assertVerbatimPieces(q, pieces, limit);
    List<Integer> sentenceEnds = q.sentences().stream().map(s -> s.end() + BASE).toList();
    for (Quote p : pieces) {
      assertThat(sentenceEnds).as("piece [%s] ends inside a sentence", p.text()).contains(p.end());
    }
  }

  @Property(tries = 300)
  void piecesNeverCutAWordShorterThanTheLimit(@ForAll("sentences") List<String> sentences,
      @ForAll @IntRange(min = 12, max = 60) int limit) {
    Quote q = quote(sentences, " ");
    List<Quote> pieces = QuoteFitter.fit(q, limit);
    assertVerbatimPieces(q, pieces, limit);
    String text = q.text();
    for (Quote p : pieces) {
      int from = p.start() - q.start();
      int to = p.end() - q.start();
      assertThat(from == 0 || Character.isWhitespace(text.charAt(from - 1))).as("starts mid-word: [%s]", p.text()).isTrue();
      assertThat(to == text.length() || Character.isWhitespace(text.charAt(to))).as("ends mid-word: [%s]", p.text()).isTrue();
    }
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> sentence = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of(".", "!", "?"))
        .as((words, mark) -> {
          String s = String.join(" ", words) + mark;
          return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        });
    return sentence.list().ofMinSize(1).ofMaxSize(8);
  }
}
