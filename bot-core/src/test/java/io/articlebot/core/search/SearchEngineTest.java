package io.articlebot.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.articlebot.core.TestCorpus;
import io.articlebot.core.analysis.Analysis;
import io.articlebot.core.analysis.TextAnalyzer;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ParagraphKind;
import io.articlebot.core.index.ArticleIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchEngineTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.indexing();

  private static Answer ask(SearchEngine engine, String question) {
    Answer a = engine.answer(new Question(question));
    assertWellFormed(a, engine);
    return a;
  }

  /** Invariants every answer must keep, whatever the question. */
  private static void assertWellFormed(Answer a, SearchEngine engine) {
    assertThat(a.quotes()).hasSizeLessThanOrEqualTo(Answer.MAX_QUOTES);
    assertThat(a.confidence()).isBetween(0.0, 1.0);
    if (a.answered()) {
      assertThat(a.quotes()).isNotEmpty();
      assertThat(a.nearest()).isEmpty();
    } else {
      assertThat(a.quotes()).isEmpty();
    }
    for (int i = 0; i < a.offered().size(); i++) {
      Quote q = a.offered().get(i);
      Article article = engine.index().articles().stream()
          .filter(x -> x.id().equals(q.citation().articleId())).findFirst().orElseThrow();
      assertThat(q.text()).isEqualTo(article.text().substring(q.start(), q.end()));
      assertThat(article.paragraph(q.citation().paragraph()).kind()).isNotEqualTo(ParagraphKind.TRUNCATED_SUMMARY);
      assertThat(q.start()).isGreaterThanOrEqualTo(article.paragraph(q.citation().paragraph()).start());
      assertThat(q.end()).isLessThanOrEqualTo(article.paragraph(q.citation().paragraph()).end());
      for (int j = 0; j < i; j++) {
        Quote other = a.offered().get(j);
        boolean sameArticle = other.citation().articleId().equals(q.citation().articleId());
        assertThat(sameArticle && new Span(q.start(), q.end()).overlaps(new Span(other.start(), other.end())))
            .as("quotes %d and %d overlap", j, i).isFalse();
      }
    }
  }

  @Test
  void whoFoundedDeepSeek() {
    Answer a = ask(TestCorpus.deepseekEngine(), "Who founded DeepSeek?");
    assertThat(a.answered()).isTrue();
    Quote first = a.quotes().get(0);
    assertThat(first.text()).contains("Liang Wenfeng");
    assertThat(first.citation().paragraph()).isEqualTo(10);
    assertThat(first.citation().articleId()).isEqualTo("deepseek-asianfin");
    assertThat(first.citation().source()).isEqualTo("钛媒体APP");
    assertThat(a.confidence()).isGreaterThan(0);
  }

  @Test
  void anAbstentionStillListsTheNearestPassages() {
    Answer a = ask(TestCorpus.deepseekEngine(), "What is the capital of France?");
    assertThat(a.answered()).isFalse();
    assertThat(a.nearest()).isNotEmpty().hasSizeLessThanOrEqualTo(Answer.MAX_QUOTES);
  }

  @Test
  void confidenceRanksAnAnsweredQuestionAboveAnOffTopicOne() {
    double answered = ask(TestCorpus.deepseekEngine(), "Who founded DeepSeek?").confidence();
    double offTopic = ask(TestCorpus.deepseekEngine(), "What is the capital of France?").confidence();
    assertThat(answered).isGreaterThan(offTopic + 0.3);
  }

  @Test
  void typosStillFindTheAnswer() {
    Answer a = ask(TestCorpus.deepseekEngine(), "who foundd deepsek");
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes().get(0).text()).contains("Liang Wenfeng");
  }

  @Test
  void howMuchPrefersMoney() {
    Answer a = ask(TestCorpus.deepseekEngine(), "How much money did DeepSeek spend on its breakthrough?");
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes().get(0).text()).contains("$5.6 million");
  }

  @Test
  void offTopicQuestionAbstains() {
    Answer a = ask(TestCorpus.deepseekEngine(), "What is the capital of France?");
    assertThat(a.answered()).isFalse();
  }

  @Test
  void nearMissAbstains() {
    Answer a = ask(TestCorpus.deepseekEngine(), "How many employees does DeepSeek have?");
    assertThat(a.answered()).isFalse();
  }

  @Test
  void unknownNameAbstains() {
    assertThat(ask(TestCorpus.deepseekEngine(), "What did Satya Nadella say about DeepSeek?").answered()).isFalse();
  }

  @Test
  void highlightsFallOnWordsOfTheQuestion() {
    String question = "Which hedge fund is DeepSeek linked to?";
    Answer a = ask(TestCorpus.deepseekEngine(), question);
    assertThat(a.answered()).isTrue();
    Set<String> questionStems = new HashSet<>(Analysis.terms(ANALYZER, question));
    boolean any = false;
    for (Quote q : a.quotes()) {
      for (Span h : q.highlights()) {
        any = true;
        String word = q.text().substring(h.start(), h.end());
        List<String> stems = Analysis.terms(ANALYZER, word);
        assertThat(stems).as("highlight [%s]", word).isNotEmpty();
        assertThat(questionStems).as("highlight [%s]", word).containsAnyElementsOf(stems);
      }
    }
    assertThat(any).as("some word is highlighted").isTrue();
  }

  @Test
  void quotesAreSentencesOfTheArticle() {
    Answer a = ask(TestCorpus.deepseekEngine(), "What did Zuckerberg say about AI?");
    assertThat(a.answered()).isTrue();
    Quote q = a.quotes().get(0);
    assertThat(q.sentences()).isNotEmpty();
    for (Span s : q.sentences()) {
      String sentence = q.text().substring(s.start(), s.end());
      assertThat(TestCorpus.deepseek().sentences()).anySatisfy(x -> assertThat(TestCorpus.deepseek().text(x)).isEqualTo(sentence));
    }
  }

  @Test
  void neverQuotesTheTruncatedSummary() {
    // the summary line repeats the lead word for word; only the full paragraph may be quoted
    Answer a = ask(TestCorpus.deepseekEngine(), "Why is DeepSeek causing a stir in the AI sector?");
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes()).allSatisfy(q -> assertThat(q.citation().paragraph()).isNotEqualTo(1));
  }

  @Test
  void heldOutMarkdownArticleAnswers() {
    Answer a = ask(TestCorpus.harborEngine(), "Who cut the ribbon at the opening?");
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes().get(0).text()).contains("Elena Vasquez-Thornbury");
    assertThat(a.quotes().get(0).citation().articleId()).isEqualTo("harbor-library");
  }

  @Test
  void heldOutMarkdownArticleAnswersAcrossLineBreaks() {
    Answer a = ask(TestCorpus.harborEngine(), "How many solar panels are on the roof?");
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes().get(0).text()).contains("1,100 solar panels");
  }

  @Test
  void heldOutMarkdownArticleAbstainsOffTopic() {
    assertThat(ask(TestCorpus.harborEngine(), "What is the best recipe for lasagna?").answered()).isFalse();
    assertThat(ask(TestCorpus.harborEngine(), "Who founded DeepSeek?").answered()).isFalse();
  }

  @Test
  void answersFromSeveralArticlesCiteTheRightOne() {
    SearchEngine both = new SearchEngine(ArticleIndex.build(List.of(TestCorpus.deepseek(), TestCorpus.harbor())));
    Answer a = ask(both, "Who designed the library building?");
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes().get(0).citation().articleId()).isEqualTo("harbor-library");
    Answer b = ask(both, "Who founded DeepSeek?");
    assertThat(b.quotes().get(0).citation().articleId()).isEqualTo("deepseek-asianfin");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "title:* AND (", "🙂🙂🙂", "DeepSeek的创始人是谁？", "@everyone", "\"unbalanced", "a", "the of and", "?", "*:*",
      "field:value~2 OR name^3", "\\", "</script><script>alert(1)</script>", "SELECT * FROM quotes;", "\u0000\u0007"})
  void badInputNeverThrows(String question) {
    assertThatCode(() -> ask(TestCorpus.deepseekEngine(), question)).doesNotThrowAnyException();
  }

  @Test
  void longestAllowedQuestionNeverThrows() {
    StringBuilder text = new StringBuilder();
    while (text.length() < Question.MAX_CHARS - 20) {
      text.append("DeepSeek Liang chips spending models ");
    }
    assertThatCode(() -> ask(TestCorpus.deepseekEngine(), text.toString().strip())).doesNotThrowAnyException();
  }

  @Test
  void emptyIndexAbstains() {
    SearchEngine empty = new SearchEngine(ArticleIndex.build(List.of()));
    Answer a = empty.answer(new Question("Who founded DeepSeek?"));
    assertThat(a.answered()).isFalse();
    assertThat(a.quotes()).isEmpty();
  }

  @Test
  void sameQuestionSameAnswer() {
    Answer a = ask(TestCorpus.deepseekEngine(), "When was DeepSeek-R1 released?");
    Answer b = ask(TestCorpus.deepseekEngine(), "When was DeepSeek-R1 released?");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void concurrentQuestionsGetTheSameAnswersAsSequentialOnes() throws Exception {
    List<String> questions = List.of("Who founded DeepSeek?", "How much did DeepSeek spend?", "What is the capital of France?",
        "When was DeepSeek-R1 released?", "How many H100 cards does DeepSeek have?");
    List<Answer> expected = questions.stream().map(q -> ask(TestCorpus.deepseekEngine(), q)).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int k = i % questions.size();
        results.add(pool.submit(() -> TestCorpus.deepseekEngine().answer(new Question(questions.get(k))).equals(expected.get(k))));
      }
      for (var r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anFaqAnswerIsFoundThroughItsSectionHeading() {
    Article faq = io.articlebot.core.article.ArticleParser.parse("faq",
        "# Visitor FAQ\n\n## How much are tickets?\n\nPrices depend on age:\n\n- Adults: $18\n- Children: $9\n\n"
            + "## Can I bring food?\n\nPicnics are welcome in the garden.\n",
        null, null, null, null);
    SearchEngine engine = new SearchEngine(ArticleIndex.build(List.of(faq)));
    io.articlebot.core.answer.Answer a = engine.answer(new io.articlebot.core.answer.Question("How much is a ticket for children?"));
    assertThat(a.answered()).isTrue();
    assertThat(a.quotes().get(0).text()).isEqualTo("- Children: $9");
  }
}
