package io.articlebot.core.quotes;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.model.RankedPassage;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last stage: the best passage and up to two more that don't overlap it or each other, as
 * verbatim quotes with the question's words highlighted.
 */
public final class QuoteChooser {
  private QuoteChooser() {}

  public static List<Quote> choose(Query query, List<RankedPassage> ranked) {
    Set<String> matched = new HashSet<>();
    for (WeightedTerm t : query.terms()) {
      for (Alternative a : t.present()) {
        matched.add(a.term());
      }
    }
    List<Quote> out = new ArrayList<>(Answer.MAX_QUOTES);
    List<Passage> used = new ArrayList<>(Answer.MAX_QUOTES);
    for (RankedPassage r : ranked) {
      if (out.size() == Answer.MAX_QUOTES) {
        break;
      }
      if (used.stream().anyMatch(u -> u.overlaps(r.passage()))) {
        continue;
      }
      used.add(r.passage());
      out.add(QuoteMaker.make(r.passage(), r.score(), matched));
    }
    return out;
  }
}
