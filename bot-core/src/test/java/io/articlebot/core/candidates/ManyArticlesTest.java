package io.articlebot.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.QueryReader;
import io.articlebot.core.search.SearchEngine;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** With many articles, one long article does not take every candidate place from the others. */
class ManyArticlesTest {
  /** Council minutes: eighty short sentences that each mention the pool and its opening. */
  private static Article minutes() {
    StringBuilder text = new StringBuilder("Council minutes\n\n");
    for (int i = 0; i < 80; i++) {
      text.append("The pool opening was item ").append(i).append(" on the list.\n");
    }
    return ArticleParser.parse("council-minutes", text.toString(), "Council minutes", null, null, null);
  }

  private static Article faq() {
    return ArticleParser.parse("leisure-centre-faq", "Leisure centre FAQ\n\nThe sauna is behind the changing rooms.\n"
        + "Every morning our swimming pool opens its doors to swimmers at 6:30 a.m. sharp, and it closes at 9 p.m.\n"
        + "Lockers take a one-euro coin.\n", "Leisure centre FAQ", null, null, null);
  }

  @Test
  void aShortArticleStillGetsCandidatePlacesBesideALongOneThatMentionsTheQuestionEverywhere() {
    FakeEmbedder embedder = new FakeEmbedder();
    ArticleIndex index = ArticleIndex.build(List.of(minutes(), faq()), embedder, EmbeddingStore.none());
    List<Passage> found = new CandidateFinder(index).find(new QueryReader(index).read("When does the pool open?"));
    assertThat(found).anyMatch(p -> p.text().contains("6:30 a.m."));
    Map<String, Long> perArticle = found.stream().map(p -> p.first().article().id())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(perArticle.get("council-minutes")).as("the long article still has most places").isGreaterThan(perArticle.get("leisure-centre-faq"));
  }

  @Test
  void aQuestionLimitedToTheShortArticleIsAnsweredFromIt() {
    ArticleIndex index = ArticleIndex.build(List.of(minutes(), faq()), new FakeEmbedder(), EmbeddingStore.none());
    Answer answer = new SearchEngine(index.only("leisure-centre-faq")).explain(new Question("When does the pool open?")).answer();
    List<Quote> offered = answer.answered() ? answer.quotes() : answer.nearest();
    assertThat(offered).isNotEmpty().allMatch(q -> q.citation().articleId().equals("leisure-centre-faq"));
    assertThat(offered.get(0).text()).contains("6:30 a.m.");
  }

  @Test
  void withOneArticleTheFirstPlacesAreTakenAsTheyCome() {
    List<String> ranked = List.of("a1", "a2", "a3", "a4");
    assertThat(CandidateFinder.spread(ranked, 3, s -> s.substring(0, 1))).containsExactly("a1", "a2", "a3");
    List<String> mixed = List.of("a1", "a2", "a3", "a4", "b1", "a5", "c1");
    assertThat(CandidateFinder.spread(mixed, 3, s -> s.substring(0, 1))).containsExactly("a1", "b1", "c1");
    assertThat(CandidateFinder.spread(List.of("a1", "a2", "a3", "a4", "b1"), 3, s -> s.substring(0, 1)))
        .as("places no other article can fill go back to the first").containsExactly("a1", "a2", "b1");
  }
}
