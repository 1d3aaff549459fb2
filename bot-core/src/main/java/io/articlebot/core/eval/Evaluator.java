package io.articlebot.core.eval;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Runs a labelled question set and computes {@link EvalReport}'s figures. */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Asks every question of the set. In a set that ties questions to articles (SQuAD), each article
   * is asked about alone, as a bot set up for that one article would be.
   *
   * @param engineFor an answerer over the given articles
   */
  public static EvalReport run(EvalSet set, Function<List<Article>, QuestionAnswerer> engineFor) {
    List<QuestionOutcome> outcomes = new ArrayList<>();
    if (set.perArticle()) {
      Map<String, List<EvalQuestion>> byArticle = new LinkedHashMap<>();
      for (EvalQuestion q : set.questions()) {
        byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
      }
      for (Article a : set.articles()) {
        List<EvalQuestion> questions = byArticle.getOrDefault(a.id(), List.of());
        if (!questions.isEmpty()) {
          outcomes.addAll(ask(engineFor.apply(List.of(a)), List.of(a), questions, a.id()));
        }
      }
    } else {
      String group = set.articles().size() == 1 ? set.articles().get(0).id() : set.name();
      outcomes.addAll(ask(engineFor.apply(set.articles()), set.articles(), set.questions(), group));
    }
    return EvalReport.of(set.name(), outcomes);
  }

  /** One answerer for all questions, over {@code articles}. */
  public static EvalReport run(QuestionAnswerer answerer, List<Article> articles, List<EvalQuestion> questions) {
    return run(new EvalSet("questions", articles, questions), a -> answerer);
  }

  /** Lazily, for callers that build one answerer. */
  public static EvalReport run(EvalSet set, Supplier<QuestionAnswerer> answerer) {
    return run(set, a -> answerer.get());
  }

  private static List<QuestionOutcome> ask(QuestionAnswerer answerer, List<Article> articles, List<EvalQuestion> questions, String group) {
    Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    List<QuestionOutcome> out = new ArrayList<>(questions.size());
    for (EvalQuestion q : questions) {
      Answer a = answerer.answer(new Question(q.question()));
      List<Quote> offered = a.offered();
      boolean verbatim = true;
      for (Quote quote : offered) {
        Article article = byId.get(quote.citation().articleId());
        verbatim &= article != null && article.text().substring(quote.start(), quote.end()).equals(quote.text());
      }
      boolean offered1 = !offered.isEmpty() && contains(offered.subList(0, 1), q.answers());
      boolean offered3 = contains(offered, q.answers());
      out.add(new QuestionOutcome(q, group, a.answered(), a.answered() && offered1, a.answered() && offered3, offered1, offered3,
          a.confidence(), verbatim));
    }
    return out;
  }

  public static boolean contains(List<Quote> quotes, List<String> answers) {
    for (Quote q : quotes) {
      if (containsAnswer(q.text(), answers)) {
        return true;
      }
    }
    return false;
  }

  public static boolean containsAnswer(String text, List<String> answers) {
    String folded = fold(text);
    for (String answer : answers) {
      if (folded.contains(fold(answer))) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
