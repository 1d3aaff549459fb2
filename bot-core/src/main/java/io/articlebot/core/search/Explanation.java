package io.articlebot.core.search;

import io.articlebot.core.analysis.ParsedQuestion;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An answer with the evidence behind it: how the question was read, the ranked passages and, for
 * an abstention, the reason.
 */
public final class Explanation {
  private final Answer answer;
  private final ParsedQuestion question;
  private final List<WeightedTerm> terms;
  private final List<RankedPassage> ranked;
  private final String refusal;

  Explanation(Answer answer, ParsedQuestion question, List<WeightedTerm> terms, List<RankedPassage> ranked, String refusal) {
    this.answer = answer;
    this.question = question;
    this.terms = List.copyOf(terms);
    this.ranked = List.copyOf(ranked);
    this.refusal = refusal;
  }

  public Answer answer() {
    return answer;
  }

  /** How the question was read. */
  public ParsedQuestion question() {
    return question;
  }

  /** Why the bot abstained; empty when it answered. */
  public String refusal() {
    return refusal;
  }

  static Explanation abstained(Question q, ParsedQuestion parsed, List<WeightedTerm> terms, String why) {
    return new Explanation(Answer.abstain(q, 0), parsed, terms, List.of(), why);
  }

  /** A few lines for humans tuning the ranker: type, terms and the top passages' evidence. */
  public String describe(int top) {
    StringBuilder out = new StringBuilder();
    out.append("type=").append(question.type()).append(question.focus().map(f -> " focus=" + f).orElse(""))
        .append(question.asksForStatement() ? " statement" : "").append('\n');
    out.append("terms=").append(terms.stream()
        .map(t -> t.term().word() + (t.missing() ? "(missing)" : "") + (t.name() ? "(name)" : "")
            + String.format("[w%.2f idf%.2f alts%d]", t.term().weight(), t.idf(), t.present().size()))
        .collect(Collectors.joining(" "))).append('\n');
    for (RankedPassage r : ranked.subList(0, Math.min(top, ranked.size()))) {
      out.append(String.format("  %.3f cov=%.2f type=%s names=%s focus=%s  %s%n", r.score(), r.coverage(), r.typeMatched(),
          r.namesCovered(), r.focusCovered(), abbreviate(r)));
    }
    if (!refusal.isEmpty()) {
      out.append("refused: ").append(refusal).append('\n');
    }
    return out.toString();
  }

  private static String abbreviate(RankedPassage r) {
    String text = r.passage().first().article().text().substring(r.passage().first().sentence().start(), r.passage().last().sentence().end());
    return text.length() > 110 ? text.substring(0, 110) + "…" : text;
  }
}
