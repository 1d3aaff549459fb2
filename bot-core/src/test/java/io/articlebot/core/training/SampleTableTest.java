package io.articlebot.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.eval.EvalQuestion;
import io.articlebot.core.features.Feature;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.features.QuestionFeature;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.QueryReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleTableTest {
  private static final Article ARTICLE = ArticleParser.parse("t", "One sentence here. Two sentences here.\nThree of them now.", "T", null, null, null);
  private static final ArticleIndex INDEX = ArticleIndex.build(List.of(ARTICLE), new FakeEmbedder(), EmbeddingStore.none());

  private static Sample sample(String article, boolean answerable, int right, double coverage) {
    List<PassageFeatures> candidates = new ArrayList<>();
    boolean[] positive = new boolean[INDEX.sentences().size()];
    for (int i = 0; i < positive.length; i++) {
      double[] v = new double[Feature.COUNT];
      v[Feature.COVERAGE.ordinal()] = i == right ? coverage : 0;
      candidates.add(new PassageFeatures(new Passage(List.of(INDEX.sentences().get(i))), v));
      positive[i] = answerable && i == right;
    }
    double[] question = new double[QuestionFeature.COUNT];
    question[QuestionFeature.NEGATED.ordinal()] = answerable ? 0 : 1;
    EvalQuestion q = new EvalQuestion("q", "t", "question", answerable, answerable ? List.of("x") : List.of(), List.of());
    return new Sample("set", article, q, new QueryReader(INDEX).read("question", new io.articlebot.core.embedding.TextEmbedding(new float[64], io.articlebot.core.embedding.TokenVectors.NONE)), candidates, question, positive, 3);
  }

  @Test
  void writesOneRowPerCandidateWithItsFoldLabelAndEveryFeatureByName() throws Exception {
    StringBuilder out = new StringBuilder();
    SampleTable.write(List.of(sample("Warsaw, Poland", true, 1, 0.75), sample("b", false, 0, 0.5)), Map.of("set", "documents"), out);
    List<String> lines = out.toString().lines().toList();
    int candidates = INDEX.sentences().size();
    assertThat(lines).hasSize(1 + 2 * candidates);
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(header).hasSize(7 + Feature.COUNT + QuestionFeature.COUNT).contains("COVERAGE", "NEGATED");
    String holding = lines.get(1 + 1);
    assertThat(holding).startsWith("0,set,\"Warsaw, Poland\",documents,3.0,1,1,0.75,");
    assertThat(lines.get(1)).startsWith("0,set,\"Warsaw, Poland\",documents,3.0,1,0,0.0,");
    String unanswerable = lines.get(1 + candidates);
    assertThat(unanswerable).startsWith("1,set,b,documents,3.0,0,0,0.5,");
    // The question's features close every row: NEGATED is 1 only for the unanswerable question.
    int negated = 7 + Feature.COUNT + QuestionFeature.NEGATED.ordinal();
    assertThat(unanswerable.split(",")[negated]).isEqualTo("1.0");
    assertThat(holding.replace("\"Warsaw, Poland\"", "w").split(",")[negated]).isEqualTo("0.0");
  }

  @Test
  void refusesASetWithoutAGroup() {
    assertThatThrownBy(() -> SampleTable.write(List.of(sample("a", true, 0, 1)), Map.of(), new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set");
  }
}
