package io.articlebot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.TestCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNamesTest {
  private final ArticleNames deepseek = ArticleNames.of(List.of(TestCorpus.deepseek()));
  private final ArticleNames northwind = ArticleNames.of(List.of(ConversationFixtures.ARTICLE));

  private static List<String> texts(List<ArticleNames.Found> found) {
    return found.stream().map(f -> f.name().text()).toList();
  }

  @Test
  void namesAreFoundWhateverCaseTheUserTypes() {
    assertThat(texts(deepseek.find("is deepseek planning an IPO?"))).containsExactly("DeepSeek", "IPO");
    assertThat(texts(deepseek.find("where was liang wenfeng born"))).containsExactly("Liang Wenfeng");
    assertThat(texts(northwind.find("who founded northwind labs?"))).containsExactly("Northwind Labs");
  }

  @Test
  void sentenceStartsAndQuestionWordsAreNotNames() {
    assertThat(texts(northwind.find("Who did the firm hire? Instead of what?"))).isEmpty();
    assertThat(texts(deepseek.find("What does the company do?"))).isEmpty();
  }

  @Test
  void aCommaEndsANameAndHyphensReadAsSpaces() {
    assertThat(texts(deepseek.find("Liang Wenfeng, DeepSeek and High-Flyer Quant"))).containsExactly("Liang Wenfeng", "DeepSeek", "High Flyer Quant");
  }

  @Test
  void peopleAreTwoPlainNamesOneOfWhichIsAlsoUsedAlone() {
    assertThat(person(deepseek, "Liang Wenfeng")).isTrue();
    assertThat(person(deepseek, "Mark Zuckerberg")).isTrue();
    assertThat(person(deepseek, "DeepSeek")).isFalse();
    assertThat(person(deepseek, "Chinese")).isFalse();
    assertThat(person(deepseek, "Google")).isFalse();
    assertThat(person(northwind, "Ada Brennan")).isTrue();
    assertThat(person(northwind, "Northwind Labs")).isFalse();
    assertThat(person(northwind, "Port Merrow")).isFalse();
  }

  @Test
  void articleWordsAreKnownAndGibberishIsNot() {
    assertThat(deepseek.usesArticleWords("ipo")).isTrue();
    assertThat(deepseek.usesArticleWords("asdf qwerty")).isFalse();
    assertThat(deepseek.usesArticleWords("the and of")).isFalse();
  }

  private static boolean person(ArticleNames names, String name) {
    List<ArticleNames.Found> found = names.find(name);
    assertThat(found).as(name).hasSize(1);
    return found.get(0).name().person();
  }
}
