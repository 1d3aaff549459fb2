package io.articlebot.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.candidates.CandidateFinder;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.QueryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesMissingTest {
  private static final Article ARTICLE = ArticleParser.parse("lang", String.join("\n",
      "The compiler is written in a programming language called Rust.",
      "Its language model was trained by a team that had no background in programming at all.",
      "The company has offices in Leeds and Oslo.",
      "The capital of France hosted the launch.",
      "Years later France's capital was chosen again.",
      "A new bank opened in the city."), "Languages", null, null, null);
  private static final ArticleIndex INDEX =
      ArticleIndex.build(List.of(ARTICLE), BgeSmallEmbedder.shared(), EmbeddingStore.none());

  private static double phrasesMissing(String question, String passageStart) {
    Query q = new QueryReader(INDEX).read(question);
    List<PassageFeatures> all = new FeatureExtractor(INDEX).extract(q, new CandidateFinder(INDEX).find(q));
    return all.stream()
        .filter(f -> f.passage().size() == 1 && f.passage().text().startsWith(passageStart))
        .findFirst().orElseThrow(() -> new AssertionError("no candidate starts with " + passageStart))
        .values()[Feature.PHRASES_MISSING.ordinal()];
  }

  @Test
  void aPairStandingTogetherIsFoundAndOneSplitAcrossTheSentenceIsNot() {
    assertThat(phrasesMissing("Which programming language is it written in?", "The compiler")).isZero();
    assertThat(phrasesMissing("Which programming language is it written in?", "Its language model")).isGreaterThan(0.5);
  }

  @Test
  void oneWordBetweenStillPairsAndEitherOrderCounts() {
    assertThat(phrasesMissing("What happened in the capital of France?", "The capital of France")).isZero();
    assertThat(phrasesMissing("What happened in the capital of France?", "Years later France's capital")).isZero();
  }

  @Test
  void aQuestionWithNoNeighbouringWordsHasNothingMissing() {
    assertThat(phrasesMissing("Where are the offices?", "The company has offices")).isZero();
  }
}
