package io.articlebot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.index.ArticleIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrepareAheadTest {
  private static final Article ARTICLE = ArticleParser.parse("town", """
      The harbour lighthouse was painted blue by Mara Okafor in 2021.
      The council met on Tuesday to discuss parking.
      The market opens at nine on Saturdays.
      """, "Town notes", null, null, null);

  @Test
  void aPreparedQuestionIsAnsweredWithoutEmbeddingItAgainAndAlike() {
    FakeEmbedder embedder = new FakeEmbedder();
    SearchEngine prepared = new SearchEngine(ArticleIndex.build(List.of(ARTICLE), embedder, EmbeddingStore.none(), 1_000));
    SearchEngine plain = new SearchEngine(ArticleIndex.build(List.of(ARTICLE), new FakeEmbedder(), EmbeddingStore.none(), 1_000));
    Question q = new Question("Who painted the lighthouse?");

    prepared.prepare(q);
    int afterPrepare = embedder.embedded.get();
    Answer answer = prepared.answer(q);

    assertThat(embedder.embedded.get()).as("texts embedded while answering").isEqualTo(afterPrepare);
    assertThat(answer).isEqualTo(plain.answer(q));
  }

  @Test
  void aQuestionWhoseAnswerIsKeptIsNotEmbeddedAhead() {
    FakeEmbedder embedder = new FakeEmbedder();
    SearchEngine engine = new SearchEngine(ArticleIndex.build(List.of(ARTICLE), embedder, EmbeddingStore.none(), 1_000));
    Question q = new Question("When does the market open?");
    engine.answer(q);
    int before = embedder.embedded.get();

    engine.prepare(q);

    assertThat(embedder.embedded.get()).isEqualTo(before);
  }
}
