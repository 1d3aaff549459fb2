package io.articlebot.core.search;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.candidates.CandidateFinder;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.decision.Decider;
import io.articlebot.core.decision.Decision;
import io.articlebot.core.features.FeatureExtractor;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.model.AnswerModel;
import io.articlebot.core.features.QuestionFeatures;
import io.articlebot.core.model.Ranking;
import io.articlebot.core.model.Ranker;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.QueryReader;
import io.articlebot.core.quotes.QuoteChooser;
import io.articlebot.core.util.LruCache;
import java.util.List;

/**
 * Answers a question from the index through the pipeline, one package per stage:
 * {@link QueryReader} reads and embeds the question; {@link CandidateFinder} finds passages by BM25
 * and by nearest neighbours; {@link FeatureExtractor} describes each; {@link Ranker} orders them
 * with the learned model; {@link Decider} estimates the probability that the best one answers and
 * abstains below the model's threshold; {@link QuoteChooser} cuts the quotes. Thread-safe.
 */
public final class SearchEngine implements QuestionAnswerer {
  private final ArticleIndex index;
  private final AnswerModel model;
  private final QueryReader reader;
  private final CandidateFinder candidates;
  private final FeatureExtractor features;
  private final Ranker ranker;
  private final Decider decider;
  /** The index never changes, so neither does the answer to a question asked again. */
  private final LruCache<String, Answer> recent = new LruCache<>(4096);

  public SearchEngine(ArticleIndex index) {
    this(index, AnswerModel.shipped());
  }

  public SearchEngine(ArticleIndex index, AnswerModel model) {
    this.index = index;
    this.model = model;
    this.reader = new QueryReader(index);
    this.candidates = new CandidateFinder(index);
    this.features = new FeatureExtractor(index);
    this.ranker = new Ranker(model.ranker(), model.noAnswer());
    this.decider = new Decider(model);
  }

  public ArticleIndex index() {
    return index;
  }

  public AnswerModel model() {
    return model;
  }

  @Override
  public Answer answer(Question question) {
    return recent.get(question.text(), text -> explain(question).answer());
  }

  /**
   * Gets ready for a question expected soon, on the calling thread (a worker of a batch): embeds it,
   * unless its answer is kept already. Answering it then skips the embedding model's time.
   */
  @Override
  public void prepare(Question question) {
    if (!recent.containsKey(question.text())) {
      reader.embedAhead(question.text());
    }
  }

  /** The answer with the evidence behind it, for eval reports, training and tests. */
  public Explanation explain(Question question) {
    return explain(question, reader.read(question.text()));
  }

  /** As {@link #explain(Question)}, for a question already read (and embedded). */
  public Explanation explain(Question question, Query query) {
    List<Passage> found = candidates.find(query);
    List<PassageFeatures> described = features.extract(query, found);
    double[] asked = QuestionFeatures.of(query, described.size(), index.sentenceCount());
    Ranking ranking = ranker.rank(described, asked);
    Decision decision = decider.decide(ranking, asked);
    List<Quote> quotes = QuoteChooser.choose(query, ranking.passages());
    Answer answer = decision.answers()
        ? new Answer(question, true, decision.confidence(), quotes)
        : Answer.abstain(question, decision.confidence(), quotes);
    return new Explanation(answer, query, decision);
  }

  /** Reads a question against this index without answering it. */
  public Query read(String question) {
    return reader.read(question);
  }
}
