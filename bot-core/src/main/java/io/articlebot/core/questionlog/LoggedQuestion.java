package io.articlebot.core.questionlog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One question a reader asked, as the owner's report sees it.
 *
 * @param frontEnd the platform it came from: {@code discord}, {@code slack}, {@code console}
 * @param userHash the salted hash of the user id, never the id itself
 * @param asked what the reader typed
 * @param question what was answered: {@code asked}, or the self-contained reading of a follow-up
 * @param answered whether the reader got a quote as the answer
 * @param confidence the answer's confidence
 * @param quoteIds {@link io.articlebot.core.answer.Quote#id()} of the quotes given, best first
 * @param articleIds the articles the bot was answering from
 * @param answerKey the key the answer's buttons carry, so that votes find the question
 */
public record LoggedQuestion(Instant time, String frontEnd, String userHash, String asked, String question, boolean answered,
    double confidence, List<String> quoteIds, List<String> articleIds, String answerKey) {
  public LoggedQuestion {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(frontEnd, "frontEnd");
    Objects.requireNonNull(userHash, "userHash");
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answerKey, "answerKey");
    quoteIds = List.copyOf(quoteIds);
    articleIds = List.copyOf(articleIds);
  }
}
