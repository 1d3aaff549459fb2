package io.articlebot.core.eval;

/**
 * How the bot did on one labelled question.
 *
 * @param top1 answered, and the first quote holds an answer
 * @param top3 answered, and one of the quotes holds an answer
 * @param offered1 the first passage offered, quoted or nearest, holds an answer
 * @param offered3 one of the passages offered holds an answer
 * @param verbatim every passage offered is an exact slice of its article
 */
public record QuestionOutcome(EvalQuestion question, String articleId, boolean answered, boolean top1, boolean top3, boolean offered1,
    boolean offered3, double confidence, boolean verbatim) {

  /** What the confidence estimates: that the first passage offered answers the question. */
  public boolean firstPassageRight() {
    return question.answerable() && offered1;
  }

  /** Answered with a right first quote, or rightly silent. */
  public boolean rightOrRightlySilent() {
    return question.answerable() ? top1 : !answered;
  }

  /** Why it counts as a miss, or null when it does not. */
  public String miss() {
    if (!question.answerable()) {
      return answered ? "answered" : null;
    }
    if (!answered) {
      return "abstained";
    }
    return top1 ? null : top3 ? "not first" : "wrong quote";
  }
}
