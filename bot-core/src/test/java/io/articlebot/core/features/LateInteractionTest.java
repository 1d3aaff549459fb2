package io.articlebot.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.candidates.CandidateFinder;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.QueryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With one-hot word tokens (FakeEmbedder), a token's best cosine is 1 where its word is and 0 elsewhere. */
class LateInteractionTest {
  private static final Article ARTICLE = ArticleParser.parse("tram", String.join(" ",
      "The tram line opens in May.",
      "Tickets cost two euros.",
      "The council voted for the tram in March."), "Trams", null, null, null);

  @Test
  void eachQuestionTokenCountsItsBestMatchInThePassage() {
    FakeEmbedder embedder = new FakeEmbedder();
    ArticleIndex index = ArticleIndex.build(List.of(ARTICLE), embedder, EmbeddingStore.none());
    Query q = new QueryReader(index).read("tram line opens");
    List<Passage> one = index.sentences().stream().map(s -> new Passage(List.of(s))).toList();
    double[] scores = LateInteraction.scores(index, q, one);
    assertThat(scores[0]).isCloseTo(1.0, within(0.02));
    assertThat(scores[1]).isCloseTo(0.0, within(0.02));
    assertThat(scores[2]).isCloseTo(1.0 / 3, within(0.02));
    double[] pair = LateInteraction.scores(index, q, List.of(new Passage(index.sentences().subList(1, 3))));
    assertThat(pair[0]).isCloseTo(1.0 / 3, within(0.02));
  }

  @Test
  void anArticleEmbeddedAtOnceGetsItsSentencesTokensWithItsVectorsAndNeverAgain() {
    FakeEmbedder embedder = new FakeEmbedder();
    ArticleIndex index = ArticleIndex.build(List.of(ARTICLE), embedder, EmbeddingStore.none());
    int atIndexing = embedder.tokenTexts.get();
    List<String> questions = List.of("When does the tram open?", "What do tickets cost?");
    ask(index, questions);
    assertThat(embedder.tokenTexts.get()).isEqualTo(atIndexing + questions.size());
  }

  @Test
  void anArticleEmbeddedOnDemandGetsASentencesTokensOnItsFirstQuestionAndKeepsThem() {
    FakeEmbedder embedder = new FakeEmbedder();
    ArticleIndex index = ArticleIndex.build(List.of(ARTICLE), embedder, EmbeddingStore.none(), 0);
    assertThat(embedder.tokenTexts.get()).isZero();
    List<String> questions = List.of("When does the tram open?", "What do tickets cost?");
    ask(index, questions);
    int afterFirst = embedder.tokenTexts.get();
    assertThat(afterFirst).isGreaterThan(questions.size()).isLessThanOrEqualTo(questions.size() + index.sentenceCount());
    ask(index, questions);
    assertThat(embedder.tokenTexts.get()).isEqualTo(afterFirst + questions.size());
  }

  private static void ask(ArticleIndex index, List<String> questions) {
    QueryReader reader = new QueryReader(index);
    for (String question : questions) {
      Query q = reader.read(question);
      new FeatureExtractor(index).extract(q, new CandidateFinder(index).find(q));
    }
  }

  @Test
  void theMarginIsZeroForTheBestPassageAndNegativeForTheOthers() {
    ArticleIndex index = ArticleIndex.build(List.of(ARTICLE), new FakeEmbedder(), EmbeddingStore.none());
    Query q = new QueryReader(index).read("When does the tram line open?");
    List<PassageFeatures> all = new FeatureExtractor(index).extract(q, new CandidateFinder(index).find(q));
    double best = all.stream().mapToDouble(f -> f.values()[Feature.TOKEN_MATCH.ordinal()]).max().orElseThrow();
    assertThat(best).isGreaterThan(0);
    for (PassageFeatures f : all) {
      double[] v = f.values();
      assertThat(v[Feature.TOKEN_MATCH_MARGIN.ordinal()]).isCloseTo(v[Feature.TOKEN_MATCH.ordinal()] - best, within(1e-12));
    }
  }
}
