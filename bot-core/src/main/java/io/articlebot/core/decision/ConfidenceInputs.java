package io.articlebot.core.decision;

import io.articlebot.core.features.Evidence;
import io.articlebot.core.features.Feature;
import io.articlebot.core.features.QuestionFeature;
import io.articlebot.core.model.RankedPassage;
import io.articlebot.core.model.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * The confidence model's inputs: the {@link ConfidenceFeature}s of the ranking, then every
 * {@link Feature} of the best passage ({@code TOP_*}), then every {@link QuestionFeature}
 * ({@code QUESTION_*}).
 */
public final class ConfidenceInputs {
  public static final List<String> NAMES = names();
  /** Margin when nothing else competes: as clear a win as ranking can show. */
  private static final double NO_RIVAL_MARGIN = 10;
  private static final int TOP = ConfidenceFeature.COUNT;
  private static final int QUESTION = TOP + Feature.COUNT;

  private ConfidenceInputs() {}

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (ConfidenceFeature f : ConfidenceFeature.values()) {
      out.add(f.name());
    }
    for (Feature f : Feature.values()) {
      out.add("TOP_" + f.name());
    }
    for (QuestionFeature f : QuestionFeature.values()) {
      out.add("QUESTION_" + f.name());
    }
    return List.copyOf(out);
  }

  /**
   * Which way each input may move the confidence: as for ranking for the best passage's features,
   * and against for what speaks for "no answer".
   */
  public static final List<Evidence> EVIDENCE = evidence();

  private static List<Evidence> evidence() {
    List<Evidence> out = new ArrayList<>();
    for (ConfidenceFeature f : ConfidenceFeature.values()) {
      out.add(f.evidence());
    }
    for (Feature f : Feature.values()) {
      out.add(f.evidence());
    }
    for (QuestionFeature f : QuestionFeature.values()) {
      out.add(f.evidence().reversed());
    }
    return List.copyOf(out);
  }

  public static double[] of(Ranking ranking, double[] question) {
    double[] x = new double[NAMES.size()];
    System.arraycopy(question, 0, x, QUESTION, QuestionFeature.COUNT);
    x[ConfidenceFeature.NO_ANSWER_PROBABILITY.ordinal()] = ranking.noAnswerProbability();
    if (ranking.isEmpty()) {
      return x;
    }
    List<RankedPassage> ranked = ranking.passages();
    RankedPassage top = ranked.get(0);
    double rival = Double.NaN;
    double rivalProbability = 0;
    for (RankedPassage r : ranked.subList(1, ranked.size())) {
      if (!r.passage().overlaps(top.passage())) {
        rival = r.score();
        rivalProbability = r.probability();
        break;
      }
    }
    x[ConfidenceFeature.TOP_SCORE.ordinal()] = top.score();
    x[ConfidenceFeature.TOP_PROBABILITY.ordinal()] = top.probability();
    x[ConfidenceFeature.TOP_OVER_NO_ANSWER.ordinal()] = top.score() - ranking.noAnswerScore();
    x[ConfidenceFeature.MARGIN.ordinal()] = Double.isNaN(rival) ? NO_RIVAL_MARGIN : Math.min(NO_RIVAL_MARGIN, top.score() - rival);
    x[ConfidenceFeature.SECOND_PROBABILITY.ordinal()] = rivalProbability;
    System.arraycopy(top.features().values(), 0, x, TOP, Feature.COUNT);
    return x;
  }
}
