package io.articlebot.core.eval;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs a labelled question set and computes {@link EvalReport}'s figures. */
public final class Evaluator {
  private Evaluator() {}

  public static EvalReport run(QuestionAnswerer answerer, List<Article> articles, List<EvalQuestion> questions) {
    Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    int answerable = 0;
    int unanswerable = 0;
    int top1 = 0;
    int top3 = 0;
    int abstained = 0;
    int falseAbstained = 0;
    List<String> notVerbatim = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer a = answerer.answer(new Question(q.question()));
      for (Quote quote : a.quotes()) {
        Article article = byId.get(quote.citation().articleId());
        if (article == null || !article.text().substring(quote.start(), quote.end()).equals(quote.text())) {
          notVerbatim.add(q.id());
        }
      }
      if (!q.answerable()) {
        unanswerable++;
        if (!a.answered()) {
          abstained++;
        } else {
          missed.add(q.id() + " (answered)");
        }
        continue;
      }
      answerable++;
      if (!a.answered()) {
        falseAbstained++;
        missed.add(q.id() + " (abstained)");
        continue;
      }
      boolean first = contains(a.quotes().subList(0, 1), q.answers());
      boolean any = contains(a.quotes(), q.answers());
      top1 += first ? 1 : 0;
      top3 += any ? 1 : 0;
      if (!first) {
        missed.add(q.id() + (any ? " (not first)" : " (wrong quote)"));
      }
    }
    return new EvalReport(answerable, unanswerable, share(top1, answerable), share(top3, answerable),
        share(abstained, unanswerable), share(falseAbstained, answerable), notVerbatim, missed);
  }

  static boolean contains(List<Quote> quotes, List<String> answers) {
    for (Quote q : quotes) {
      String text = fold(q.text());
      for (String answer : answers) {
        if (text.contains(fold(answer))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String fold(String s) {
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
