package io.articlebot.core.search;

import io.articlebot.core.analysis.ParsedQuestion;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.decision.ConfidenceFeature;
import io.articlebot.core.decision.Decision;
import io.articlebot.core.features.Feature;
import io.articlebot.core.model.RankedPassage;
import io.articlebot.core.query.Query;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An answer with the evidence behind it: how the question was read, the ranked passages and the decision. */
public final class Explanation {
  private final Answer answer;
  private final Query query;
  private final Decision decision;

  Explanation(Answer answer, Query query, Decision decision) {
    this.answer = answer;
    this.query = query;
    this.decision = decision;
  }

  public Answer answer() {
    return answer;
  }

  /** How the question was read. */
  public ParsedQuestion question() {
    return query.parsed();
  }

  public Query query() {
    return query;
  }

  public Decision decision() {
    return decision;
  }

  public List<RankedPassage> ranked() {
    return decision.ranked();
  }

  /** A few lines for people tuning the model: type, terms, the top passages' features and the confidence inputs. */
  public String describe(int top) {
    StringBuilder out = new StringBuilder();
    ParsedQuestion q = query.parsed();
    out.append("type=").append(q.type()).append(q.focus().map(f -> " focus=" + f).orElse(""))
        .append(q.asksForStatement() ? " statement" : "").append('\n');
    out.append("terms=").append(query.terms().stream()
        .map(t -> t.term().word() + (t.missing() ? "(missing)" : "") + (t.name() ? "(name)" : "")
            + String.format(Locale.ROOT, "[w%.2f idf%.2f alts%d]", t.term().weight(), t.idf(), t.present().size()))
        .collect(Collectors.joining(" "))).append('\n');
    for (RankedPassage r : ranked().subList(0, Math.min(top, ranked().size()))) {
      out.append(String.format(Locale.ROOT, "  %.3f p=%.3f cov=%.2f cos=%.2f bm25=%.2f  %s%n", r.score(), r.probability(),
          r.get(Feature.COVERAGE), r.get(Feature.COS_SENTENCE), r.get(Feature.BM25_SENTENCE), abbreviate(r)));
    }
    out.append(String.format(Locale.ROOT, "confidence=%.3f %s, no answer p=%.3f", decision.confidence(),
        decision.answers() ? "answered" : "abstained", decision.ranking().noAnswerProbability()));
    double[] x = decision.inputs();
    for (ConfidenceFeature f : ConfidenceFeature.values()) {
      out.append(String.format(Locale.ROOT, " %s=%.2f", f.name().toLowerCase(Locale.ROOT), x[f.ordinal()]));
    }
    return out.append('\n').toString();
  }

  private static String abbreviate(RankedPassage r) {
    String text = r.passage().text().replaceAll("\\s+", " ");
    return text.length() > 110 ? text.substring(0, 110) + "…" : text;
  }
}
