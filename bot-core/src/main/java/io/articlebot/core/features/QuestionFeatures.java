package io.articlebot.core.features;

import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.analysis.Negation;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Computes {@link QuestionFeature}s. */
public final class QuestionFeatures {
  public static final List<String> NAMES = Arrays.stream(QuestionFeature.values()).map(Enum::name).toList();
  private static final Pattern WHY = Pattern.compile("^\\W*(?:why|how come|how (?:did|does|do|was|were|is|are|can|could|would|will)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXCLUSIVE = Pattern.compile(
      "\\b(?:other|others|else|besides|except|another|apart from|aside from|instead of|excluding)\\b", Pattern.CASE_INSENSITIVE);

  private QuestionFeatures() {}

  public static double[] of(Query query, int candidates, int sentences) {
    double[] x = new double[QuestionFeature.COUNT];
    double missingMass = 0;
    boolean missingName = false;
    double kindMass = 0;
    double missingKindMass = 0;
    List<String> kind = query.parsed().askedKind();
    for (WeightedTerm t : query.terms()) {
      boolean ofKind = kind.contains(t.term().word());
      kindMass += ofKind ? t.mass() : 0;
      if (t.missing()) {
        missingMass += t.mass();
        missingName |= t.term().capitalized();
        missingKindMass += ofKind ? t.mass() : 0;
      }
    }
    String text = query.parsed().text();
    set(x, QuestionFeature.MISSING_WORDS, query.totalMass() > 0 ? missingMass / query.totalMass() : 1);
    set(x, QuestionFeature.MISSING_NAMES, missingName ? 1 : 0);
    set(x, QuestionFeature.MISSING_KIND, kindMass > 0 ? missingKindMass / kindMass : 0);
    set(x, QuestionFeature.QUESTION_WORDS, StrictMath.log1p(query.terms().size()));
    set(x, QuestionFeature.NEGATED, Negation.in(text) ? 1 : 0);
    set(x, QuestionFeature.EXCLUSIVE, EXCLUSIVE.matcher(text).find() ? 1 : 0);
    set(x, QuestionFeature.ASKS_ANYTHING, query.parsed().type() == AnswerType.ANY ? 1 : 0);
    set(x, QuestionFeature.ASKS_WHY, WHY.matcher(text).find() ? 1 : 0);
    set(x, QuestionFeature.CANDIDATES, StrictMath.log1p(candidates));
    set(x, QuestionFeature.ARTICLE_SENTENCES, StrictMath.log1p(sentences));
    return x;
  }

  private static void set(double[] x, QuestionFeature f, double v) {
    x[f.ordinal()] = v;
  }
}
