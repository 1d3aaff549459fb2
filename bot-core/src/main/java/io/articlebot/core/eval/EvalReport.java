package io.articlebot.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of one eval run, per article and in total, with the questions handled wrongly.
 * Containment: a passage "holds" the answer when one of the labelled answer strings occurs in it
 * (case and whitespace aside).
 */
public record EvalReport(String name, Map<String, EvalFigures> byArticle, EvalFigures total, List<QuestionOutcome> outcomes) {
  public EvalReport {
    byArticle = new LinkedHashMap<>(byArticle);
    outcomes = List.copyOf(outcomes);
  }

  public static EvalReport of(String name, List<QuestionOutcome> outcomes) {
    Map<String, List<QuestionOutcome>> groups = new LinkedHashMap<>();
    for (QuestionOutcome o : outcomes) {
      groups.computeIfAbsent(o.articleId(), k -> new ArrayList<>()).add(o);
    }
    Map<String, EvalFigures> byArticle = new LinkedHashMap<>();
    groups.forEach((article, list) -> byArticle.put(article, EvalFigures.of(list)));
    return new EvalReport(name, byArticle, EvalFigures.of(outcomes), outcomes);
  }

  public int answerable() {
    return total.answerable();
  }

  public int unanswerable() {
    return total.unanswerable();
  }

  public double top1() {
    return total.top1();
  }

  public double top3() {
    return total.top3();
  }

  public double abstention() {
    return total.abstention();
  }

  public double falseAbstention() {
    return total.falseAbstention();
  }

  /** Questions whose passages were not exact slices of their article (must be none). */
  public List<String> notVerbatim() {
    return outcomes.stream().filter(o -> !o.verbatim()).map(o -> o.question().id()).toList();
  }

  /** Ids of the questions handled wrongly, each with what went wrong. */
  public List<String> missed() {
    return outcomes.stream().filter(o -> o.miss() != null).map(o -> o.question().id() + " (" + o.miss() + ")").toList();
  }

  public String format() {
    StringBuilder out = new StringBuilder();
    if (byArticle.size() > 1) {
      out.append(header());
      byArticle.forEach((article, f) -> out.append(row(article, f)));
      out.append(row("all", total)).append('\n');
    }
    EvalFigures t = total;
    out.append(String.format(Locale.ROOT,
        "questions: %d answerable, %d unanswerable%n"
            + "top-1 answer containment:      %s%n"
            + "top-3 answer containment:      %s%n"
            + "first passage offered holds:   %s   (quoted or nearest)%n"
            + "top-3 passages offered hold:   %s%n"
            + "abstention on unanswerable:    %s%n"
            + "false abstentions:             %s%n"
            + "right or rightly silent:       %s%n"
            + "ROC AUC of confidence:         %s%n"
            + "expected calibration error:    %s%n"
            + "quotes not verbatim:           %d%n",
        t.answerable(), t.unanswerable(), f3(t.top1()), f3(t.top3()), f3(t.offered1()), f3(t.offered3()), f3(t.abstention()),
        f3(t.falseAbstention()), f3(t.rightOrSilent()), f3(t.auc()), f3(t.calibrationError()), notVerbatim().size()));
    List<String> missed = missed();
    out.append("missed: ").append(missed.isEmpty() ? "none" : String.join(", ", missed));
    return out.toString();
  }

  private static String header() {
    return String.format(Locale.ROOT, "%-28s %5s %5s %6s %6s %6s %6s %6s %6s %6s %6s %6s%n", "article", "ans", "unans", "top1", "top3",
        "off1", "off3", "abst", "f-abs", "r|s", "auc", "ece");
  }

  private static String row(String article, EvalFigures f) {
    String name = article.length() > 28 ? article.substring(0, 27) + "…" : article;
    return String.format(Locale.ROOT, "%-28s %5d %5d %6s %6s %6s %6s %6s %6s %6s %6s %6s%n", name, f.answerable(), f.unanswerable(),
        f3(f.top1()), f3(f.top3()), f3(f.offered1()), f3(f.offered3()), f3(f.abstention()), f3(f.falseAbstention()),
        f3(f.rightOrSilent()), f3(f.auc()), f3(f.calibrationError()));
  }

  static String f3(double v) {
    return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
  }
}
