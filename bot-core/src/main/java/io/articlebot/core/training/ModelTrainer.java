package io.articlebot.core.training;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.decision.ConfidenceInputs;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.eval.EvalReport;
import io.articlebot.core.eval.Evaluator;
import io.articlebot.core.eval.QuestionOutcome;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.model.AnswerModel;
import io.articlebot.core.model.LinearModel;
import io.articlebot.core.model.ModelFile;
import io.articlebot.core.model.Ranking;
import io.articlebot.core.model.Ranker;
import io.articlebot.core.quotes.QuoteChooser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains the answer model and measures it honestly. Every figure it reports is cross-validated by
 * article: for each article, the ranker is fitted on all the others and scores that one; the
 * confidence model is then fitted on those held-out rankings, again leaving the article out, and
 * the threshold is chosen on the held-out probabilities. No question of an article ever informs a
 * model that scores it. The shipped model is then fitted the same way on everything.
 * Deterministic: no sampling, fixed order, L-BFGS from zero, and {@link StrictMath} wherever an
 * exponential or a logarithm enters a feature or a loss, since {@link Math}'s may be compiled to
 * CPU instructions whose last bits differ from the interpreter's, and so from run to run.
 */
public final class ModelTrainer {
  public static final double RANKER_L2 = 1e-3;
  public static final double CONFIDENCE_L2 = 1e-3;
  private static final double[] CONFIDENCE_SIGNS = ConfidenceInputs.EVIDENCE.stream().mapToDouble(e -> e.sign()).toArray();

  private final SampleBuilder builder;
  private final Consumer<String> progress;

  public ModelTrainer(TextEmbedder embedder, EmbeddingStore store, Consumer<String> progress) {
    this.builder = new SampleBuilder(embedder, store);
    this.progress = progress;
  }

  /** The trained model, with the cross-validated figures behind it. */
  public record Result(AnswerModel model, Map<String, EvalReport> crossValidated, List<ThresholdChoice.Point> curve, int articles,
      int questions, List<HeldOut> heldOut) {}

  /** One question's held-out result, for looking into what the model gets wrong. */
  public record HeldOut(Sample sample, double probability, List<Quote> offered, double[] confidenceInputs) {}

  /** Every question of the sets with its candidates' features and labels, as {@link #train} fits them. */
  public List<Sample> samples(List<TrainingSet> sets) {
    List<Sample> samples = new ArrayList<>();
    for (TrainingSet t : sets) {
      long started = System.nanoTime();
      samples.addAll(builder.build(t.set(), t.weight()));
      progress.accept(String.format(java.util.Locale.ROOT, "read %s (%d questions) in %.1f s", t.set().name(), t.set().questions().size(),
          (System.nanoTime() - started) / 1e9));
    }
    return samples;
  }

  /** Each set's name to its group. */
  public static Map<String, String> groups(List<TrainingSet> sets) {
    Map<String, String> groupOfSet = new LinkedHashMap<>();
    sets.forEach(t -> groupOfSet.put(t.set().name(), t.group()));
    return groupOfSet;
  }

  public Result train(List<TrainingSet> sets) {
    List<Sample> samples = samples(sets);
    Map<String, String> groupOfSet = groups(sets);
    List<String> folds = new ArrayList<>(new LinkedHashSet<>(samples.stream().map(ModelTrainer::fold).toList()));
    progress.accept("cross-validating by article: " + folds.size() + " folds");

    long cvStarted = System.nanoTime();
    // Held-out rankings: each article ranked by a model that never saw it.
    // Folds are independent, so they are fitted in parallel; each fit is deterministic, and so is
    // their combination.
    Map<String, Ranker> rankers = new java.util.concurrent.ConcurrentHashMap<>();
    folds.parallelStream().forEach(f -> {
      ListwiseTrainer.Fit fit = ListwiseTrainer.fit(samples.stream().filter(s -> !fold(s).equals(f)).toList(), RANKER_L2);
      rankers.put(f, new Ranker(fit.passages(), fit.noAnswer()));
    });
    Map<Sample, Ranking> heldOut = new IdentityHashMap<>();
    for (Sample s : samples) {
      heldOut.put(s, rankers.get(fold(s)).rank(s.candidates(), s.questionFeatures()));
    }
    List<double[]> inputs = new ArrayList<>(samples.size());
    boolean[] right = new boolean[samples.size()];
    double[] weights = new double[samples.size()];
    List<List<Quote>> offered = new ArrayList<>(samples.size());
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      Ranking ranking = heldOut.get(s);
      inputs.add(ConfidenceInputs.of(ranking, s.questionFeatures()));
      List<Quote> quotes = QuoteChooser.choose(s.query(), ranking.passages());
      offered.add(quotes);
      right[i] = s.question().answerable() && !quotes.isEmpty() && Evaluator.containsAnswer(quotes.get(0).text(), s.question().answers());
      weights[i] = s.weight();
    }
    progress.accept(String.format(java.util.Locale.ROOT, "held-out rankings in %.1f s", (System.nanoTime() - cvStarted) / 1e9));
    // Held-out probabilities: the confidence model, too, never sees the article it scores.
    double[] probability = new double[samples.size()];
    Map<String, AnswerModel> calibrators = new java.util.concurrent.ConcurrentHashMap<>();
    folds.parallelStream().forEach(f -> {
      List<double[]> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        if (!fold(samples.get(i)).equals(f)) {
          x.add(inputs.get(i));
          y.add(right[i]);
          w.add(weights[i]);
        }
      }
      calibrators.put(f, confidenceOnly(LogisticTrainer.fit(ConfidenceInputs.NAMES, x, toArray(y), w.stream().mapToDouble(d -> d).toArray(),
          CONFIDENCE_SIGNS, CONFIDENCE_L2)));
    });
    for (int i = 0; i < samples.size(); i++) {
      probability[i] = calibrators.get(fold(samples.get(i))).probability(inputs.get(i));
    }
    List<String> groups = samples.stream().map(s -> groupOfSet.get(s.set())).toList();
    ThresholdChoice choice = ThresholdChoice.choose(samples, groups, probability, offered);
    Map<String, EvalReport> reports = reports(samples, probability, offered, choice.threshold());

    progress.accept("fitting the shipped model on all " + samples.size() + " questions");
    ListwiseTrainer.Fit ranker = ListwiseTrainer.fit(samples, RANKER_L2);
    LinearModel confidence = LogisticTrainer.fit(ConfidenceInputs.NAMES, inputs, right, weights, CONFIDENCE_SIGNS, CONFIDENCE_L2);
    String trainedOn = describe(sets, samples);
    AnswerModel unversioned = new AnswerModel("unversioned", rounded(ranker.passages()), rounded(ranker.noAnswer()), rounded(confidence),
        ModelFile.rounded(choice.threshold()), trainedOn);
    AnswerModel model = new AnswerModel(version(unversioned), unversioned.ranker(), unversioned.noAnswer(), unversioned.confidence(),
        unversioned.threshold(), trainedOn);
    List<HeldOut> details = new ArrayList<>(samples.size());
    for (int i = 0; i < samples.size(); i++) {
      details.add(new HeldOut(samples.get(i), probability[i], offered.get(i), inputs.get(i)));
    }
    return new Result(model, reports, choice.curve(), folds.size(), samples.size(), details);
  }

  private static Map<String, EvalReport> reports(List<Sample> samples, double[] probability, List<List<Quote>> offered, double threshold) {
    Map<String, List<QuestionOutcome>> bySet = new LinkedHashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      bySet.computeIfAbsent(samples.get(i).set(), k -> new ArrayList<>()).add(outcome(samples.get(i), probability[i], offered.get(i), threshold));
    }
    Map<String, EvalReport> out = new LinkedHashMap<>();
    bySet.forEach((set, outcomes) -> out.put(set, EvalReport.of(set, outcomes)));
    return out;
  }

  static QuestionOutcome outcome(Sample s, double p, List<Quote> offered, double threshold) {
    boolean answered = !offered.isEmpty() && p >= threshold;
    List<String> answers = s.question().answers();
    boolean first = !offered.isEmpty() && Evaluator.containsAnswer(offered.get(0).text(), answers);
    boolean any = Evaluator.contains(offered, answers);
    return new QuestionOutcome(s.question(), s.article(), answered, answered && first, answered && any, first, any, p, true);
  }

  private static String fold(Sample s) {
    return s.set() + "/" + s.article();
  }

  private static boolean[] toArray(List<Boolean> list) {
    boolean[] out = new boolean[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  private static AnswerModel confidenceOnly(LinearModel confidence) {
    LinearModel none = new LinearModel(List.of(), new double[0], new double[0], new double[0], 0);
    return new AnswerModel("fold", none, none, confidence, 0.5, "");
  }

  private static LinearModel rounded(LinearModel m) {
    int n = m.inputs().size();
    double[] mean = new double[n];
    double[] scale = new double[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = ModelFile.rounded(m.mean()[i]);
      scale[i] = ModelFile.rounded(m.scale()[i]);
      weight[i] = ModelFile.rounded(m.weights()[i]);
    }
    return new LinearModel(m.inputs(), mean, scale, weight, ModelFile.rounded(m.bias()));
  }

  private static String describe(List<TrainingSet> sets, List<Sample> samples) {
    List<String> parts = new ArrayList<>();
    for (TrainingSet t : sets) {
      Set<String> articles = new LinkedHashSet<>();
      long questions = 0;
      for (Sample s : samples) {
        if (s.set().equals(t.set().name())) {
          articles.add(s.article());
          questions++;
        }
      }
      parts.add(t.set().name() + " (" + articles.size() + (articles.size() == 1 ? " article, " : " articles, ") + questions + " questions)");
    }
    return String.join("; ", parts);
  }

  /** A name that changes whenever anything the model computes changes. */
  private static String version(AnswerModel m) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(ModelFile.write(m, List.of()).getBytes(StandardCharsets.UTF_8));
      return "1." + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
