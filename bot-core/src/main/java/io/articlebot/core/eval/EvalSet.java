package io.articlebot.core.eval;

import io.articlebot.core.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * A labelled question set with the articles it is about.
 *
 * @param articles for a set in SQuAD's format, its own articles, each asked about alone; empty for
 *     a JSON Lines set, which is asked of the articles the bot is configured with
 */
public record EvalSet(String name, List<Article> articles, List<EvalQuestion> questions) {
  public EvalSet {
    Objects.requireNonNull(name, "name");
    articles = List.copyOf(articles);
    questions = List.copyOf(questions);
  }

  /** The same questions, asked of these articles. */
  public EvalSet on(List<Article> configured) {
    return new EvalSet(name, configured, questions);
  }

  /** True when each question names its article (SQuAD): every article is then indexed alone. */
  public boolean perArticle() {
    return !questions.isEmpty() && questions.stream().allMatch(q -> q.articleId() != null);
  }
}
