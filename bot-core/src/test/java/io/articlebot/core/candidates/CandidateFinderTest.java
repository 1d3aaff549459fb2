package io.articlebot.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.QueryReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {
  private static String filler(int n) {
    StringBuilder out = new StringBuilder();
    String[] topics = {"The council met on Tuesday.", "Rain is expected later.", "The market opens at nine.", "Parking is free on Sundays."};
    for (int i = 0; i < n; i++) {
      out.append(topics[i % topics.length].replace(".", " number " + i + ".")).append('\n');
    }
    return out.toString();
  }

  @Test
  void findsAPassageThatSharesNoWordWithTheQuestion() {
    String text = filler(60) + "The vessel's hull was painted crimson by its new owners.\n" + filler(60);
    Article a = ArticleParser.parse("boats", text, "Boats", null, null, null);
    ArticleIndex index = ArticleIndex.build(List.of(a), BgeSmallEmbedder.shared(), EmbeddingStore.none());
    Query q = new QueryReader(index).read("What colour did they make the ship?");
    List<Passage> found = new CandidateFinder(index).find(q);
    assertThat(found).anyMatch(p -> p.text().contains("crimson"));
    // Candidates are a shortlist, not the whole article.
    assertThat(found.stream().map(Passage::first).distinct().count()).isLessThan(index.sentenceCount());
  }

  @Test
  void everyPassageIsOneOrTwoNeighbouringSentencesOfAParagraph() {
    Article a = ArticleParser.parse("t", "One. Two. Three.\nFour. Five.\n", "T", null, null, null);
    ArticleIndex index = ArticleIndex.build(List.of(a), BgeSmallEmbedder.shared(), EmbeddingStore.none());
    for (Passage p : new CandidateFinder(index).find(new QueryReader(index).read("five"))) {
      assertThat(p.size()).isBetween(1, 2);
      assertThat(p.first().paragraph()).isSameAs(p.last().paragraph());
      assertThat(a.text().substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }
}
