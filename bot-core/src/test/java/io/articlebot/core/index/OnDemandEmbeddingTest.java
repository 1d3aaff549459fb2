package io.articlebot.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.search.SearchEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDemandEmbeddingTest {
  private static Article article() {
    StringBuilder text = new StringBuilder();
    String[] topics = {"The council met on Tuesday", "Rain is expected later", "The market opens at nine", "Parking is free on Sundays"};
    for (int i = 0; i < 40; i++) {
      text.append(topics[i % topics.length]).append(" in week ").append(i).append(".\n");
    }
    text.append("The harbour lighthouse was painted blue by Mara Okafor in 2021.\n");
    return ArticleParser.parse("town", text.toString(), "Town notes", null, null, null);
  }

  @Test
  void aLongArticleIsEmbeddedAsQuestionsNeedIt() {
    FakeEmbedder embedder = new FakeEmbedder();
    Article a = article();
    ArticleIndex index = ArticleIndex.build(List.of(a), embedder, EmbeddingStore.none(), 10);

    assertThat(index.embeddedOnDemand()).containsExactly(a);
    assertThat(embedder.embedded.get()).isZero();

    Answer answer = new SearchEngine(index).answer(new Question("Who painted the harbour lighthouse?"));
    assertThat(answer.quotes()).extracting(Quote::text).anyMatch(t -> t.contains("Mara Okafor"));
    int afterFirst = embedder.embedded.get();
    // The question and its candidates only, not the article's 82 sentences and paragraphs.
    assertThat(afterFirst).isPositive().isLessThan(index.sentenceCount() + index.paragraphs().size());

    new SearchEngine(index).answer(new Question("Who painted the harbour lighthouse?"));
    assertThat(embedder.embedded.get() - afterFirst).as("texts embedded again").isLessThanOrEqualTo(1);
  }

  @Test
  void anArticleWithinTheLimitIsEmbeddedAtOnceAndGivesTheSameVectors() {
    FakeEmbedder now = new FakeEmbedder();
    ArticleIndex eager = ArticleIndex.build(List.of(article()), now, EmbeddingStore.none(), 1_000);
    ArticleIndex lazy = ArticleIndex.build(List.of(article()), new FakeEmbedder(), EmbeddingStore.none(), 10);

    assertThat(eager.embeddedOnDemand()).isEmpty();
    assertThat(now.embedded.get()).isEqualTo(eager.sentenceCount() + eager.paragraphs().size());
    for (int i = 0; i < eager.sentenceCount(); i++) {
      assertThat(lazy.sentence(i).vector()).containsExactly(eager.sentence(i).vector());
    }
  }
}
