package io.articlebot.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.eval.EvalQuestion;
import io.articlebot.core.eval.Metrics;
import io.articlebot.core.features.Feature;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.features.QuestionFeature;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.index.IndexedSentence;
import io.articlebot.core.model.LinearModel;
import io.articlebot.core.model.Ranker;
import io.articlebot.core.model.Ranking;
import io.articlebot.core.query.QueryReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trainers on synthetic data whose right answer is known. */
class TrainersTest {
  private static final Article ARTICLE = ArticleParser.parse("t",
      "One sentence here. Two sentences here. Three of them now.\nA fourth one. And a fifth.\nSix. Seven is last.", "T", null, null, null);
  private static final ArticleIndex INDEX = ArticleIndex.build(List.of(ARTICLE), new FakeEmbedder(), EmbeddingStore.none());
  private static final QueryReader READER = new QueryReader(INDEX);

  /**
   * Questions whose candidates differ only in COVERAGE and BM25_SENTENCE (noise); the positive has
   * the highest coverage. Unanswerable questions are marked by QUESTION_NEGATED.
   */
  private static List<Sample> samples(int n, long seed) {
    Random random = new Random(seed);
    List<Sample> out = new ArrayList<>();
    List<IndexedSentence> sentences = INDEX.sentences();
    for (int q = 0; q < n; q++) {
      boolean answerable = q % 3 != 0;
      int right = random.nextInt(sentences.size());
      List<PassageFeatures> candidates = new ArrayList<>();
      boolean[] positive = new boolean[sentences.size()];
      for (int i = 0; i < sentences.size(); i++) {
        double[] v = new double[Feature.COUNT];
        v[Feature.COVERAGE.ordinal()] = answerable && i == right ? 0.9 : random.nextDouble() * 0.6;
        v[Feature.BM25_SENTENCE.ordinal()] = random.nextDouble();
        candidates.add(new PassageFeatures(new Passage(List.of(sentences.get(i))), v));
        positive[i] = answerable && i == right;
      }
      double[] question = new double[QuestionFeature.COUNT];
      question[QuestionFeature.NEGATED.ordinal()] = answerable ? 0 : 1;
      EvalQuestion eq = new EvalQuestion("q" + q, "t", "question " + q, answerable, answerable ? List.of("x") : List.of(), List.of());
      out.add(new Sample("synthetic", "a" + (q % 4), eq, READER.read("question", new io.articlebot.core.embedding.TextEmbedding(new float[64], io.articlebot.core.embedding.TokenVectors.NONE)), candidates, question, positive, 1));
    }
    return out;
  }

  @Test
  void theRankerLearnsWhichFeatureMarksTheAnswerAndWhenThereIsNone() {
    ListwiseTrainer.Fit fit = ListwiseTrainer.fit(samples(300, 1), 1e-3);
    assertThat(fit.passages().weight("COVERAGE")).isGreaterThan(1);
    assertThat(Math.abs(fit.passages().weight("BM25_SENTENCE"))).isLessThan(fit.passages().weight("COVERAGE") / 5);
    assertThat(fit.noAnswer().weight("NEGATED")).isGreaterThan(1);
    Ranker ranker = new Ranker(fit.passages(), fit.noAnswer());
    int right = 0;
    int abstained = 0;
    List<Sample> test = samples(90, 2);
    for (Sample s : test) {
      Ranking r = ranker.rank(s.candidates(), s.questionFeatures());
      if (s.rankable()) {
        right += s.positive()[s.candidates().indexOf(r.passages().get(0).features())] ? 1 : 0;
      } else {
        abstained += r.noAnswerProbability() > 0.5 ? 1 : 0;
      }
    }
    assertThat(right).isEqualTo(60);
    assertThat(abstained).isEqualTo(30);
  }

  @Test
  void weightsKeepTheSideTheirEvidenceAllows() {
    // Data in which questions with words the article lacks are the ANSWERABLE ones (an accident of
    // how a set was written): MISSING_WORDS may only speak for "no answer", so its weight stops
    // at zero instead of turning negative.
    List<Sample> inverted = new ArrayList<>();
    for (Sample s : samples(120, 5)) {
      double[] q = s.questionFeatures().clone();
      q[QuestionFeature.MISSING_WORDS.ordinal()] = s.rankable() ? 1 : 0;
      inverted.add(new Sample(s.set(), s.article(), s.question(), s.query(), s.candidates(), q, s.positive(), s.weight()));
    }
    assertThat(ListwiseTrainer.fit(inverted, 1e-3).noAnswer().weight("MISSING_WORDS")).isZero();
    assertThat(QuestionFeature.MISSING_WORDS.evidence()).isEqualTo(io.articlebot.core.features.Evidence.FOR);

    Random random = new Random(6);
    List<double[]> x = new ArrayList<>();
    boolean[] y = new boolean[500];
    double[] w = new double[500];
    for (int i = 0; i < 500; i++) {
      double a = random.nextGaussian();
      x.add(new double[] {a});
      y[i] = a < 0;
      w[i] = 1;
    }
    assertThat(LogisticTrainer.fit(List.of("a"), x, y, w, new double[] {1}, 1e-3).weight("a")).isZero();
    assertThat(LogisticTrainer.fit(List.of("a"), x, y, w, new double[] {0}, 1e-3).weight("a")).isNegative();
  }

  @Test
  void trainingIsDeterministic() {
    List<Sample> s = samples(60, 3);
    assertThat(ListwiseTrainer.fit(s, 1e-3)).isEqualTo(ListwiseTrainer.fit(s, 1e-3));
  }

  @Test
  void logisticRegressionRecoversCalibratedProbabilities() {
    Random random = new Random(4);
    int n = 4000;
    List<double[]> x = new ArrayList<>();
    boolean[] y = new boolean[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double a = random.nextGaussian();
      double noise = random.nextGaussian();
      x.add(new double[] {a, noise});
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-(2 * a - 1)));
      w[i] = 1;
    }
    LinearModel m = LogisticTrainer.fit(List.of("a", "noise"), x, y, w, new double[] {0, 0}, 1e-4);
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = 1 / (1 + Math.exp(-m.score(x.get(i))));
    }
    assertThat(m.weight("a")).isGreaterThan(1.5);
    assertThat(Math.abs(m.weight("noise"))).isLessThan(0.1);
    assertThat(Metrics.calibrationError(p, y)).isLessThan(0.03);
  }
}
