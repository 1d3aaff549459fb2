package io.articlebot.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (int[] r : SentenceSplitter.split(text, 0, text.length())) {
      out.add(text.substring(r[0], r[1]));
    }
    return out;
  }

  @Test
  void splitsAtFullStopFollowedByCapital() {
    assertThat(sentences("The model was released. It was cheap. Everyone noticed."))
        .containsExactly("The model was released.", "It was cheap.", "Everyone noticed.");
  }

  @Test
  void splitsAtQuestionAndExclamationMarks() {
    assertThat(sentences("Is it good? Yes! Very good."))
        .containsExactly("Is it good?", "Yes!", "Very good.");
  }

  @Test
  void titlesNeverEndASentence() {
    assertThat(sentences("Mr. Smith met Dr. Jones and Prof. Lee yesterday.")).hasSize(1);
  }

  @Test
  void monthAbbreviationDoesNotEndASentence() {
    assertThat(sentences("It was released on Jan. 20 by the company.")).hasSize(1);
  }

  @Test
  void usFollowedByANameContinues() {
    assertThat(sentences("He works for the U.S. Department of Commerce in Washington."))
        .containsExactly("He works for the U.S. Department of Commerce in Washington.");
  }

  @Test
  void usFollowedByASentenceOpenerBreaks() {
    String text = "U.S. President Donald Trump recently announced a $500 billion AI infrastructure investment in the U.S. "
        + "Three top tech firms will create a new company, called Stargate, to grow artificial intelligence infrastructure"
        + " in the U.S., according to CNN.";
    List<String> s = sentences(text);
    assertThat(s).hasSize(2);
    assertThat(s.get(0)).startsWith("U.S. President").endsWith("investment in the U.S.");
    assertThat(s.get(1)).startsWith("Three top tech firms").endsWith("according to CNN.");
  }

  @Test
  void decimalNumbersAndDottedNamesStayWhole() {
    assertThat(sentences("DeepSeek spent only $5.6 million, while Kai Fu Lee's 01.AI became a unicorn. Then prices fell."))
        .containsExactly("DeepSeek spent only $5.6 million, while Kai Fu Lee's 01.AI became a unicorn.", "Then prices fell.");
  }

  @Test
  void initialsDoNotEndASentence() {
    assertThat(sentences("The report by J. R. Smith was long. It was also late."))
        .containsExactly("The report by J. R. Smith was long.", "It was also late.");
  }

  @Test
  void quotationWithSeveralSentencesStaysWithItsIntroduction() {
    String text = "The post wrote that Meta is \"in panic mode. Engineers are moving.\"";
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void curlyQuotationWithSeveralSentencesStaysTogether() {
    String text = "She said “It is over. We won.” and left.";
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void quotationEndingASentenceSplitsBeforeTheNextOne() {
    assertThat(sentences("\"It works.\" Then we shipped it."))
        .containsExactly("\"It works.\"", "Then we shipped it.");
  }

  @Test
  void unmatchedQuoteMarkDoesNotSwallowTheParagraph() {
    assertThat(sentences("He said \"maybe. Then nothing happened. It ended."))
        .hasSizeGreaterThan(1);
  }

  @Test
  void chineseSentenceMarks() {
    assertThat(sentences("深度求索发布了新模型。价格很低！你听说了吗？"))
        .containsExactly("深度求索发布了新模型。", "价格很低！", "你听说了吗？");
  }

  @Test
  void chineseMarkFollowedByClosingQuoteKeepsTheQuote() {
    assertThat(sentences("他说：“我们成功了。”然后离开了。"))
        .containsExactly("他说：“我们成功了。”", "然后离开了。");
  }

  @Test
  void lowerCaseAfterAPeriodDoesNotBreak() {
    assertThat(sentences("Prices fell by approx. ten percent in a week.")).hasSize(1);
    assertThat(sentences("See e.g. the chart below.")).hasSize(1);
  }

  @Test
  void sentencesAreTrimmedAndTextWithoutMarkIsOneSentence() {
    assertThat(sentences("   no full stop at the end   ")).containsExactly("no full stop at the end");
    assertThat(sentences("  \n\t ")).isEmpty();
  }

  @Test
  void hardWrappedSentenceCrossesLineBreaks() {
    assertThat(sentences("The building stands at 14 Lantern St. near the\nferry terminal. It cost\n$42.5 million."))
        .containsExactly("The building stands at 14 Lantern St. near the\nferry terminal.", "It cost\n$42.5 million.");
  }

  @Test
  void onlySplitsInsideTheGivenRange() {
    String text = "Before. Inside one. Inside two. After.";
    int from = text.indexOf("Inside one");
    int to = text.indexOf(" After");
    List<String> out = new ArrayList<>();
    for (int[] r : SentenceSplitter.split(text, from, to)) {
      assertThat(r[0]).isGreaterThanOrEqualTo(from);
      assertThat(r[1]).isLessThanOrEqualTo(to);
      out.add(text.substring(r[0], r[1]));
    }
    assertThat(out).containsExactly("Inside one.", "Inside two.");
  }

  @Property(tries = 500)
  void rangesAreTrimmedNonBlankOrderedAndDisjoint(@ForAll("texts") String text) {
    int previousEnd = 0;
    for (int[] r : SentenceSplitter.split(text, 0, text.length())) {
      assertThat(r[0]).isGreaterThanOrEqualTo(previousEnd);
      assertThat(r[1]).isGreaterThan(r[0]).isLessThanOrEqualTo(text.length());
      String s = text.substring(r[0], r[1]);
      assertThat(s).isNotBlank();
      assertThat(Character.isWhitespace(s.charAt(0))).as("leading space in [%s]", s).isFalse();
      assertThat(Character.isWhitespace(s.charAt(s.length() - 1))).as("trailing space in [%s]", s).isFalse();
      previousEnd = r[1];
    }
  }

  @Property(tries = 300)
  void noNonSpaceCharacterIsLost(@ForAll("texts") String text) {
    StringBuilder kept = new StringBuilder();
    for (int[] r : SentenceSplitter.split(text, 0, text.length())) {
      kept.append(text, r[0], r[1]);
    }
    assertThat(kept.toString().replaceAll("\\s+", "")).isEqualTo(text.replaceAll("\\s+", ""));
  }

  @Provide
  static Arbitrary<String> texts() {
    return ArticleTexts.texts();
  }
}
