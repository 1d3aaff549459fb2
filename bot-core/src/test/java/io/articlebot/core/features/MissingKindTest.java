package io.articlebot.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.QueryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingKindTest {
  private static final Article ARTICLE = ArticleParser.parse("model", String.join("\n",
      "The start-up released a language model called Kestrel in March.",
      "Its engineers trained it on 2,000 chips in a data centre near Leeds."), "Kestrel", null, null, null);
  private static final ArticleIndex INDEX =
      ArticleIndex.build(List.of(ARTICLE), BgeSmallEmbedder.shared(), EmbeddingStore.none());

  private static double missingKind(String question) {
    return QuestionFeatures.of(new QueryReader(INDEX).read(question), 5, 2)[QuestionFeature.MISSING_KIND.ordinal()];
  }

  @Test
  void aKindTheArticleNeverMentionsIsMissingInPart() {
    double m = missingKind("What programming language is Kestrel written in?");
    assertThat(m).isGreaterThan(0.2).isLessThan(1.0);
  }

  @Test
  void aKindTheArticleMentionsIsNotMissing() {
    assertThat(missingKind("What language model did the start-up release?")).isZero();
    assertThat(missingKind("Which city is the data centre near?")).isEqualTo(1.0);
  }

  @Test
  void questionsWithoutWhatOrWhichHaveNoKind() {
    assertThat(missingKind("Who trained Kestrel on spaceships?")).isZero();
  }
}
