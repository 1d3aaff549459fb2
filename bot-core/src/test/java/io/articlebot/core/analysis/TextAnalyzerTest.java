package io.articlebot.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer indexing = TextAnalyzer.indexing();
  private final TextAnalyzer surface = TextAnalyzer.surface();

  private List<String> index(String text) {
    return Analysis.terms(indexing, text);
  }

  @Test
  void possessivesAreDroppedWithStraightAndCurlyApostrophes() {
    assertThat(index("DeepSeek’s")).containsExactly("deepseek");
    assertThat(index("DeepSeek's")).containsExactly("deepseek");
    assertThat(index("DeepSeek")).containsExactly("deepseek");
  }

  @Test
  void thousandsSeparatorsGo() {
    assertThat(index("50,000")).containsExactly("50000");
    assertThat(index("50000")).isEqualTo(index("50,000"));
    assertThat(index("1,234,567 cards")).startsWith("1234567");
  }

  @Test
  void decimalsAndModelNamesStayWhole() {
    assertThat(index("H100")).containsExactly("h100");
    assertThat(index("$5.6 million")).containsExactly("5.6", "million");
  }

  @Test
  void hyphenatedNamesSplitIntoParts() {
    assertThat(index("DeepSeek-R1")).containsExactly("deepseek", "r1");
  }

  @Test
  void inflectionsShareAStemAndStopWordsGo() {
    assertThat(index("founded")).isEqualTo(index("founding"));
    assertThat(index("the model of the year")).doesNotContain("the", "of");
    assertThat(index("the")).isEmpty();
  }

  @Test
  void surfaceKeepsStopWordsAndWholeWords() {
    assertThat(Analysis.terms(surface, "Who founded the company?")).containsExactly("who", "founded", "the", "company");
  }

  @Test
  void accentsAndFullWidthLettersFold() {
    assertThat(index("Café")).isEqualTo(index("cafe"));
    assertThat(index("ＡＢＣ")).isEqualTo(index("abc"));
  }

  @Test
  void chineseIsIndexedAsOverlappingBigrams() {
    assertThat(index("钛媒体")).containsExactly("钛媒", "媒体");
    assertThat(index("来源:钛媒体APP")).contains("来源", "钛媒", "媒体", "app");
  }

  @Test
  void tokenOffsetsPointIntoTheOriginalText() {
    String text = "Hello DeepSeek’s 50,000 H100 cards";
    int base = 100;
    for (Analysis.Token t : Analysis.tokens(indexing, text, base)) {
      String surfaceForm = text.substring(t.start() - base, t.end() - base);
      assertThat(Analysis.terms(indexing, surfaceForm)).as("token %s", t).containsExactly(t.term());
    }
  }

  @Test
  void stopWordCheckIsForLowerCaseWords() {
    assertThat(TextAnalyzer.isStopWord("the")).isTrue();
    assertThat(TextAnalyzer.isStopWord("deepseek")).isFalse();
  }
}
