package io.articlebot.core.training;

import io.articlebot.core.features.Feature;
import io.articlebot.core.features.QuestionFeature;
import io.articlebot.core.features.QuestionFeatures;
import io.articlebot.core.model.Ranker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Training samples as one CSV row per candidate passage, so that other learners can be tried on
 * exactly what {@link ModelTrainer} fits, folds included, without re-implementing the features.
 * Columns: the question's number, its set, article and group, its weight, whether it is
 * answerable, whether this candidate holds an answer, then every {@link Feature} and every
 * {@link QuestionFeature} by name.
 */
public final class SampleTable {
  private SampleTable() {}

  public static List<String> header() {
    List<String> columns = new ArrayList<>(List.of("question", "set", "article", "group", "weight", "answerable", "holds_answer"));
    columns.addAll(Ranker.INPUTS);
    columns.addAll(QuestionFeatures.NAMES);
    return columns;
  }

  /** @param groupOfSet each sample's set to its training group ({@link TrainingSet#group()}) */
  public static void write(List<Sample> samples, Map<String, String> groupOfSet, Appendable out) throws IOException {
    out.append(String.join(",", header())).append('\n');
    for (int n = 0; n < samples.size(); n++) {
      Sample s = samples.get(n);
      String group = groupOfSet.get(s.set());
      if (group == null) {
        throw new IllegalArgumentException("no group for set " + s.set());
      }
      StringBuilder question = new StringBuilder();
      for (double v : s.questionFeatures()) {
        question.append(',').append(v);
      }
      for (int i = 0; i < s.candidates().size(); i++) {
        StringBuilder row = new StringBuilder();
        row.append(n).append(',').append(quoted(s.set())).append(',').append(quoted(s.article())).append(',').append(quoted(group))
            .append(',').append(s.weight()).append(',').append(s.question().answerable() ? 1 : 0).append(',').append(s.positive()[i] ? 1 : 0);
        for (double v : s.candidates().get(i).values()) {
          row.append(',').append(v);
        }
        out.append(row).append(question).append('\n');
      }
    }
  }

  /** RFC 4180: article titles may hold commas or quotes. */
  static String quoted(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
