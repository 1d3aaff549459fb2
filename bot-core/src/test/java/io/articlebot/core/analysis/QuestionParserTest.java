package io.articlebot.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionParserTest {
  private static final TextAnalyzer INDEXING = TextAnalyzer.indexing();
  private final QuestionParser parser = new QuestionParser(Lexicon.english(), INDEXING);

  private static String stem(String word) {
    List<String> terms = Analysis.terms(INDEXING, word);
    assertThat(terms).hasSize(1);
    return terms.get(0);
  }

  private static List<String> words(ParsedQuestion q) {
    return q.terms().stream().map(QueryTerm::word).toList();
  }

  private static QueryTerm term(ParsedQuestion q, String word) {
    return q.terms().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no term " + word + " in " + words(q)));
  }

  private static Optional<Alternative> alternative(QueryTerm t, String stem) {
    return t.alternatives().stream().filter(a -> a.term().equals(stem)).findFirst();
  }

  @Test
  void questionWordsAndAuxiliariesAreRemoved() {
    ParsedQuestion q = parser.parse("Who founded DeepSeek?");
    assertThat(words(q)).containsExactly("founded", "deepseek");
    assertThat(term(q, "founded").primary()).isEqualTo(stem("founded"));
  }

  @Test
  void answerTypesFollowTheQuestionWord() {
    assertThat(parser.parse("Who founded DeepSeek?").type()).isEqualTo(AnswerType.PERSON);
    assertThat(parser.parse("When was DeepSeek-R1 released?").type()).isEqualTo(AnswerType.DATE);
    assertThat(parser.parse("What year did the fund start?").type()).isEqualTo(AnswerType.DATE);
    assertThat(parser.parse("How much did DeepSeek spend?").type()).isEqualTo(AnswerType.AMOUNT);
    assertThat(parser.parse("How many GPUs did Liang buy?").type()).isEqualTo(AnswerType.NUMBER);
    assertThat(parser.parse("How long did the breakthrough take?").type()).isEqualTo(AnswerType.DURATION);
    assertThat(parser.parse("Where was Liang born?").type()).isEqualTo(AnswerType.PLACE);
    assertThat(parser.parse("Why is Meta worried?").type()).isEqualTo(AnswerType.ANY);
  }

  @Test
  void whoIsANameAsksAboutThePersonNotForAName() {
    assertThat(parser.parse("who is Alexandr Wang?").type()).isEqualTo(AnswerType.ANY);
    assertThat(parser.parse("Who is the founder of DeepSeek?").type()).isEqualTo(AnswerType.PERSON);
  }

  @Test
  void capitalisedWhoIsANameAsksAboutThePerson() {
    assertThat(parser.parse("Who is Alexandr Wang?").type()).isEqualTo(AnswerType.ANY);
  }

  @Test
  void numericAnswerTypesAreRequiredAndOthersAreNot() {
    assertThat(AnswerType.NUMBER.required()).isTrue();
    assertThat(AnswerType.AMOUNT.required()).isTrue();
    assertThat(AnswerType.ANY.required()).isFalse();
  }

  @Test
  void howManyRemembersTheCountedNoun() {
    ParsedQuestion q = parser.parse("How many employees does DeepSeek have?");
    assertThat(q.counted()).contains("employees");
    assertThat(parser.parse("How many library cards were issued on the first day?").counted()).contains("cards");
    assertThat(parser.parse("Who founded DeepSeek?").counted()).isEmpty();
    assertThat(words(q)).doesNotContain("how", "many", "does");
  }

  @Test
  void countedNounStopsBeforeAMainVerb() {
    assertThat(parser.parse("How many solar panels cover the roof?").counted()).contains("panels");
  }

  @Test
  void irregularFormsAreFullAlternatives() {
    QueryTerm bought = term(parser.parse("How many GPUs were bought?"), "bought");
    assertThat(alternative(bought, stem("buy"))).hasValueSatisfying(a -> assertThat(a.weight()).isEqualTo(1.0));
    QueryTerm spent = term(parser.parse("What was spent on research?"), "spent");
    assertThat(alternative(spent, stem("spend"))).hasValueSatisfying(a -> assertThat(a.weight()).isEqualTo(1.0));
  }

  @Test
  void synonymsAreWeakerAlternatives() {
    QueryTerm purchased = term(parser.parse("What did Liang purchase?"), "purchase");
    Alternative buy = alternative(purchased, stem("buy")).orElseThrow(() -> new AssertionError(purchased.alternatives().toString()));
    assertThat(buy.weight()).isLessThan(purchased.alternatives().get(0).weight());
    assertThat(purchased.primary()).isEqualTo(stem("purchase"));
  }

  @Test
  void inflectedWordFindsTheSynonymsOfItsStem() {
    QueryTerm purchasing = term(parser.parse("Who is purchasing chips?"), "purchasing");
    assertThat(alternative(purchasing, stem("buy"))).isPresent();
  }

  @Test
  void greetingIsStripped() {
    ParsedQuestion greeted = parser.parse("hey bot, who founded DeepSeek?");
    ParsedQuestion plain = parser.parse("who founded DeepSeek?");
    assertThat(words(greeted)).isEqualTo(words(plain)).doesNotContain("hey", "bot");
    assertThat(greeted.type()).isEqualTo(AnswerType.PERSON);
  }

  @Test
  void focusWordOfWhatIsTheXOfY() {
    ParsedQuestion q = parser.parse("What is the capital of France?");
    assertThat(q.focus()).contains("capital");
    assertThat(words(q)).contains("capital", "france");
    assertThat(parser.parse("What did Jim Fan say?").focus()).isEmpty();
  }

  @Test
  void whoQuestionsFocusOnTheirVerbAndWhereQuestionsOnWhatIsLocated() {
    assertThat(parser.parse("Who founded DeepSeek?").focus()).contains("founded");
    assertThat(parser.parse("Who is Alexandr Wang?").focus()).isEmpty();
    assertThat(parser.parse("Who did the company hire?").focus()).isEmpty();
    assertThat(parser.parse("Where is the company's headquarters located?").focus()).contains("headquarters");
  }

  @Test
  void twoWordVerbsBecomeOneWord() {
    assertThat(words(parser.parse("When was the agency set up?"))).contains("establish").doesNotContain("set", "up");
  }

  @Test
  void statementQuestions() {
    assertThat(parser.parse("What did Zuckerberg say about AI?").asksForStatement()).isTrue();
    assertThat(parser.parse("How much did DeepSeek spend?").asksForStatement()).isFalse();
  }

  @Test
  void capitalisedWordsInsideTheQuestionAreProbablyNames() {
    ParsedQuestion q = parser.parse("Who founded DeepSeek?");
    assertThat(term(q, "deepseek").capitalized()).isTrue();
    assertThat(term(q, "founded").capitalized()).isFalse();
  }

  @Test
  void titleCaseQuestionsSayNothingAboutNames() {
    ParsedQuestion q = parser.parse("Who Founded The Company In China?");
    assertThat(q.terms()).noneMatch(QueryTerm::capitalized);
  }

  @Test
  void bareUsIsReadAsTheCountry() {
    ParsedQuestion bare = parser.parse("Is China ahead of the US?");
    ParsedQuestion dotted = parser.parse("Is China ahead of the U.S.?");
    assertThat(words(bare)).isEqualTo(words(dotted));
  }

  @Test
  void chineseQuestion() {
    ParsedQuestion q = parser.parse("DeepSeek的创始人是谁？");
    assertThat(q.type()).isEqualTo(AnswerType.PERSON);
    assertThat(words(q)).contains("deepseek");
    assertThat(words(q)).anyMatch(w -> w.contains("创始"));
    assertThat(words(q)).noneMatch(w -> w.contains("谁"));
  }

  @Test
  void queryLikeSyntaxAndNoiseAreJustWords() {
    assertThatCode(() -> parser.parse("title:* AND (")).doesNotThrowAnyException();
    assertThat(words(parser.parse("title:* AND ("))).allMatch(w -> w.chars().allMatch(Character::isLetterOrDigit));
    assertThat(parser.parse("??? !!!").terms()).isEmpty();
    assertThatCode(() -> parser.parse("🙂🙂")).doesNotThrowAnyException();
  }

  @Test
  void contactQuestionsAskForPhoneNumbersAndEmailAddresses() {
    assertThat(parser.parse("What's the library's phone number?").type()).isEqualTo(AnswerType.PHONE);
    assertThat(parser.parse("What number should I ring to reach the desk?").type()).isEqualTo(AnswerType.PHONE);
    ParsedQuestion email = parser.parse("What's the email address for questions?");
    assertThat(email.type()).isEqualTo(AnswerType.EMAIL);
    assertThat(words(email)).doesNotContain("email", "address");
    assertThat(parser.parse("How many phone lines are there?").type()).isEqualTo(AnswerType.NUMBER);
  }

  @Test
  void theKindAskedForIsTheNounAfterWhatOrWhich() {
    assertThat(parser.parse("What programming language is DeepSeek written in?").askedKind())
        .containsExactly("programming", "language");
    // no part-of-speech tagger: a verb right after the noun comes along
    assertThat(parser.parse("Which city hosts the final?").askedKind()).startsWith("city");
    assertThat(parser.parse("What did Jim Fan say?").askedKind()).isEmpty();
    assertThat(parser.parse("What is the capital of France?").askedKind()).isEmpty();
    assertThat(parser.parse("Who founded DeepSeek?").askedKind()).isEmpty();
  }
}
