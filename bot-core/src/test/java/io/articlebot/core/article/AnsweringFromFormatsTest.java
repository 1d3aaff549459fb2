package io.articlebot.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.search.SearchEngine;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A saved web page and a two-column PDF, answered end to end: quotes are verbatim slices of what was extracted. */
class AnsweringFromFormatsTest {
  static Article page;
  static Article pdf;
  static SearchEngine pageEngine;
  static SearchEngine pdfEngine;

  @BeforeAll
  static void load() throws Exception {
    page = ArticleLoader.load(HtmlExtractorTest.WIKIPEDIA, "mozilla", null, null, null, null);
    ExtractedText text = ArticleLoader.extract(new ArticleContent(
        TwoColumnPdf.write(PdfExtractorTest.TITLE, PdfExtractorTest.longer()), "library.pdf", null, null));
    pdf = ArticleLoader.toArticle(text, new ArticleLoader.Overrides("library", null, null, null, null),
        new ArticleOrigin(DocumentFormat.PDF, "library.pdf", "", null), "library.pdf");
    pageEngine = new SearchEngine(ArticleIndex.build(List.of(page)));
    pdfEngine = new SearchEngine(ArticleIndex.build(List.of(pdf)));
  }

  private static Quote best(SearchEngine engine, Article article, String question) {
    Answer a = engine.answer(new Question(question));
    assertThat(a.answered()).as("answered: %s", question).isTrue();
    for (Quote q : a.quotes()) {
      assertThat(article.text().substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return a.quotes().get(0);
  }

  @Test
  void thePageIsTitledAndSourcedFromItsMetadata() {
    assertThat(page.title()).isEqualTo("Mozilla");
    assertThat(page.source()).isEqualTo("Wikipedia");
    assertThat(page.url()).isEqualTo("https://en.wikipedia.org/wiki/Mozilla");
    assertThat(page.origin().format()).isEqualTo(DocumentFormat.HTML);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "What was Mozilla's total revenue for 2011? | $163 million",
      "Who registered mozilla.org? | Jamie Zawinski",
      "When was the name Firefox chosen? | February 9, 2004",
      "What was Firefox originally named? | Phoenix",
      "Who did Mozilla promote to CEO in 2014? | Brendan Eich",
      "How many countries were represented at the Mozilla Summit? | 90 countries"})
  void aSavedWikipediaPageIsAnsweredFromItsBody(String question, String expected) {
    Quote q = best(pageEngine, page, question);
    assertThat(q.text()).contains(expected);
    for (String furniture : HtmlExtractorTest.FURNITURE) {
      assertThat(q.text()).doesNotContain(furniture);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "When was this page last modified?", "What is the Wikipedia store?", "How do I create an account?",
      "Under which Creative Commons licence is the text available?"})
  void menusAndFooterAreNeverQuoted(String question) {
    Answer a = pageEngine.answer(new Question(question));
    for (Quote q : a.quotes()) {
      for (String furniture : List.of("last modified", "store", "account", "Creative Commons", "Privacy")) {
        assertThat(q.text()).doesNotContainIgnoringCase(furniture);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "When did the new reading room open? | 14 March 2023",
      "How many desks does the room hold? | 120 desks",
      "How much does an annual card cost visitors? | fifteen dollars",
      "When does the library open on Sundays? | eleven in the morning",
      "How many printed books does the collection have? | 86,000 printed books"})
  void aTwoColumnHyphenatedPdfIsAnsweredVerbatim(String question, String expected) {
    Quote q = best(pdfEngine, pdf, question);
    assertThat(q.text()).contains(expected).doesNotContainPattern("\\p{L}- \\p{Ll}");
    assertThat(PdfExtractorTest.longer()).anyMatch(p -> p.contains(q.text()));
  }
}
