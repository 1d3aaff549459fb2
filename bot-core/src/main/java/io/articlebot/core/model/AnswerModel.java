package io.articlebot.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The learned part of answering, as one small versioned resource ({@value #RESOURCE}) that
 * {@code ./article-bot train} produces: the ranker (a linear score over {@code Feature}s, trained
 * to put a passage holding the answer first, against a "no answer" option scored over
 * {@code QuestionFeature}s), the confidence model (a logistic regression over
 * {@code ConfidenceFeature}s, trained to estimate the probability that the first passage answers)
 * and the threshold below which the bot says the article doesn't say.
 *
 * @param version changes whenever the features, the training data or the training change
 * @param trainedOn one line saying which labelled sets fitted it
 */
public record AnswerModel(String version, LinearModel ranker, LinearModel noAnswer, LinearModel confidence, double threshold,
    String trainedOn) {
  public static final String RESOURCE = "/io/articlebot/core/model/answer-model.properties";

  public AnswerModel {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(ranker, "ranker");
    Objects.requireNonNull(noAnswer, "noAnswer");
    Objects.requireNonNull(confidence, "confidence");
    trainedOn = trainedOn == null ? "" : trainedOn;
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
  }

  /** The model shipped in the jar. */
  public static AnswerModel shipped() {
    return Holder.SHIPPED;
  }

  private static final class Holder {
    static final AnswerModel SHIPPED = load();

    private static AnswerModel load() {
      try (InputStream in = AnswerModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path; run ./article-bot train");
        }
        return ModelFile.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The probability the confidence model gives for these inputs. */
  public double probability(double[] confidenceInputs) {
    double z = confidence.score(confidenceInputs);
    return 1 / (1 + StrictMath.exp(-z));
  }

  public AnswerModel withThreshold(double t) {
    return new AnswerModel(version, ranker, noAnswer, confidence, t, trainedOn);
  }

}
