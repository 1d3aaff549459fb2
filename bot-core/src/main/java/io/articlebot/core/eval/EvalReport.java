package io.articlebot.core.eval;

import java.util.List;
import java.util.Locale;

/**
 * Figures of one eval run. Containment: a quote "contains" the answer when one of the labelled
 * answer strings occurs in it (case and whitespace aside).
 *
 * @param top1 share of answerable questions whose first quote contains an answer
 * @param top3 share whose first three quotes together contain one
 * @param abstention share of unanswerable questions the bot declined
 * @param falseAbstention share of answerable questions the bot declined
 * @param notVerbatim quotes that are not an exact slice of their article (must be none)
 * @param missed ids of questions handled wrongly, with what went wrong
 */
public record EvalReport(int answerable, int unanswerable, double top1, double top3, double abstention, double falseAbstention,
    List<String> notVerbatim, List<String> missed) {

  public EvalReport {
    notVerbatim = List.copyOf(notVerbatim);
    missed = List.copyOf(missed);
  }

  public String format() {
    return String.format(Locale.ROOT,
        "questions: %d answerable, %d unanswerable%n"
            + "top-1 answer containment:      %.3f%n"
            + "top-3 answer containment:      %.3f%n"
            + "abstention on unanswerable:    %.3f%n"
            + "false abstentions:             %.3f%n"
            + "quotes not verbatim:           %d%n"
            + "missed: %s",
        answerable, unanswerable, top1, top3, abstention, falseAbstention, notVerbatim.size(),
        missed.isEmpty() ? "none" : String.join(", ", missed));
  }
}
