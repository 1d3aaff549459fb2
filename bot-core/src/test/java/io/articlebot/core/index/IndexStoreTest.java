package io.articlebot.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.TestCorpus;
import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Question;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.article.ArticleOrigin;
import io.articlebot.core.article.ExtractedText;
import io.articlebot.core.article.ArticleContent;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.FakeEmbedder;
import io.articlebot.core.search.SearchEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on disk answers exactly as an index built in memory from the same articles: when first
 * made, when reopened, and after articles were changed, removed or added one at a time.
 */
class IndexStoreTest {
  private static final Article HARBOR = TestCorpus.load("harbor-library.md");
  private static final Article ROVER = TestCorpus.load("rover-news.txt");
  private static final Article MUSEUM = TestCorpus.load("museum-faq.md");

  @TempDir
  Path dir;

  private final FakeEmbedder embedder = new FakeEmbedder();
  private final AtomicInteger reads = new AtomicInteger();

  private IndexStore.Source source(Article a, String stamp) {
    return new IndexStore.Source(a.id(), stamp, () -> {
      reads.incrementAndGet();
      return a;
    });
  }

  private IndexStore open(String version) throws IOException {
    return IndexStore.open(dir, embedder, EmbeddingStore.none(), version);
  }

  @Test
  void aReopenedIndexReadsAndEmbedsNothingAndAnswersAsOneBuiltInMemory() throws IOException {
    List<Article> articles = List.of(HARBOR, ROVER, MUSEUM);
    try (IndexStore store = open("v1")) {
      IndexStore.Sync first = store.sync(sources(articles), IndexStore.Progress.NONE);
      assertThat(first.added()).containsExactly(HARBOR.id(), ROVER.id(), MUSEUM.id());
      assertThat(first.rebuilt()).isTrue();
      assertSameAnswers(first.index(), articles);
    }
    reads.set(0);
    embedder.embedded.set(0);
    try (IndexStore store = open("v1")) {
      IndexStore.Sync second = store.sync(sources(articles), IndexStore.Progress.NONE);
      assertThat(second.reused()).containsExactly(HARBOR.id(), ROVER.id(), MUSEUM.id());
      assertThat(second.added()).isEmpty();
      assertThat(second.rebuilt()).isFalse();
      assertThat(reads.get()).isZero();
      assertThat(embedder.embedded.get()).isZero();
      assertSameAnswers(second.index(), articles);
    }
  }

  @Test
  void aReopenedIndexReadsItsSentencesTokenVectorsFromTheStoreAndComputesOnlyTheQuestions(@TempDir Path kept) throws IOException {
    List<Article> articles = List.of(HARBOR, ROVER);
    try (IndexStore store = IndexStore.open(dir, embedder, EmbeddingStore.at(kept), "v1")) {
      store.sync(sources(articles), IndexStore.Progress.NONE);
    }
    FakeEmbedder later = new FakeEmbedder();
    try (IndexStore store = IndexStore.open(dir, later, EmbeddingStore.at(kept), "v1")) {
      ArticleIndex index = store.sync(sources(articles), IndexStore.Progress.NONE).index();
      List<String> questions = questions(articles);
      SearchEngine ours = new SearchEngine(index);
      SearchEngine theirs = new SearchEngine(ArticleIndex.build(articles, new FakeEmbedder(), EmbeddingStore.none()));
      for (String q : questions) {
        assertThat(ours.explain(new Question(q)).answer()).as(q).isEqualTo(theirs.explain(new Question(q)).answer());
      }
      assertThat(later.embedded.get()).isEqualTo(questions.size());
      assertThat(later.tokenTexts.get()).isEqualTo(questions.size());
    }
  }

  @Test
  void aChangedArticleIsIndexedAloneAndTheIndexAnswersAsOneBuiltAfresh() throws IOException {
    try (IndexStore store = open("v1")) {
      store.sync(sources(List.of(HARBOR, ROVER, MUSEUM)), IndexStore.Progress.NONE);
      Article changed = edited(ROVER, "The rover's new wheels were made in Turin by a team of nine engineers.");
      reads.set(0);
      embedder.embedded.set(0);
      IndexStore.Sync sync = store.sync(List.of(source(HARBOR, "1"), source(changed, "2"), source(MUSEUM, "1")), IndexStore.Progress.NONE);
      assertThat(sync.changed()).containsExactly(ROVER.id());
      assertThat(sync.reused()).containsExactly(HARBOR.id(), MUSEUM.id());
      assertThat(reads.get()).isEqualTo(1);
      assertThat(embedder.embedded.get()).isEqualTo(AnalysedArticle.textsToEmbed(changed).size());
      // The replaced documents are deleted but not merged away: statistics must not count them.
      assertThat(sync.index().searcher().getIndexReader().hasDeletions()).isTrue();
      assertSameLexicalRanking(sync.index(), List.of(HARBOR, changed, MUSEUM));
      assertAlikeAnswers(sync.index(), List.of(HARBOR, changed, MUSEUM));
      // Among the quotes, not necessarily first: with the fake model's one-hot word tokens, the long
      // summary paragraph, which has every word of the question somewhere, matches as well.
      assertThat(answer(sync.index(), "Where were the rover's new wheels made?").quotes())
          .anySatisfy(q -> assertThat(q.text()).contains("Turin"));
    }
  }

  @Test
  void aRemovedArticleIsDeletedAndAnAddedOneIndexed() throws IOException {
    try (IndexStore store = open("v1")) {
      store.sync(sources(List.of(HARBOR, ROVER)), IndexStore.Progress.NONE);
      IndexStore.Sync removed = store.sync(sources(List.of(HARBOR)), IndexStore.Progress.NONE);
      assertThat(removed.removed()).containsExactly(ROVER.id());
      assertThat(removed.index().articles()).extracting(Article::id).containsExactly(HARBOR.id());
      assertSameLexicalRanking(removed.index(), List.of(HARBOR));
      assertAlikeAnswers(removed.index(), List.of(HARBOR));
      IndexStore.Sync added = store.sync(sources(List.of(MUSEUM, HARBOR)), IndexStore.Progress.NONE);
      assertThat(added.added()).containsExactly(MUSEUM.id());
      assertSameLexicalRanking(added.index(), List.of(MUSEUM, HARBOR));
      assertAlikeAnswers(added.index(), List.of(MUSEUM, HARBOR));
    }
    try (IndexStore store = open("v1")) {
      IndexStore.Sync reopened = store.sync(sources(List.of(MUSEUM, HARBOR)), IndexStore.Progress.NONE);
      assertThat(reopened.reused()).containsExactly(MUSEUM.id(), HARBOR.id());
      assertSameLexicalRanking(reopened.index(), List.of(MUSEUM, HARBOR));
      assertAlikeAnswers(reopened.index(), List.of(MUSEUM, HARBOR));
    }
  }

  @Test
  void aNewStampOnTheSameContentReindexesNothing() throws IOException {
    try (IndexStore store = open("v1")) {
      store.sync(sources(List.of(HARBOR)), IndexStore.Progress.NONE);
      embedder.embedded.set(0);
      IndexStore.Sync touched = store.sync(List.of(source(HARBOR, "touched")), IndexStore.Progress.NONE);
      assertThat(touched.reused()).containsExactly(HARBOR.id());
      assertThat(touched.changed()).isEmpty();
      assertThat(embedder.embedded.get()).isZero();
    }
    reads.set(0);
    try (IndexStore store = open("v1")) {
      store.sync(List.of(source(HARBOR, "touched")), IndexStore.Progress.NONE);
      assertThat(reads.get()).as("the new stamp was kept").isZero();
    }
  }

  @Test
  void anIndexOfAnotherVersionIsRebuilt() throws IOException {
    try (IndexStore store = open("v1")) {
      store.sync(sources(List.of(HARBOR, ROVER)), IndexStore.Progress.NONE);
    }
    try (IndexStore store = open("v2")) {
      IndexStore.Sync sync = store.sync(sources(List.of(HARBOR, ROVER)), IndexStore.Progress.NONE);
      assertThat(sync.rebuilt()).isTrue();
      assertThat(sync.from()).isEqualTo("v1");
      assertThat(sync.added()).containsExactly(HARBOR.id(), ROVER.id());
      assertThat(sync.index().searcher().getIndexReader().numDocs()).as("nothing of v1 is left")
          .isEqualTo(sync.index().sentenceCount() + sync.index().paragraphCount() + 2 + 1);
      assertSameAnswers(sync.index(), List.of(HARBOR, ROVER));
    }
  }

  @Test
  void anArticleThatCannotBeReadIsLeftOutAndTheOthersServed() throws IOException {
    try (IndexStore store = open("v1")) {
      List<IndexStore.Source> sources = new ArrayList<>(sources(List.of(HARBOR)));
      sources.add(new IndexStore.Source("broken", "1", () -> {
        throw new IOException("broken.txt is not valid UTF-8");
      }));
      IndexStore.Sync sync = store.sync(sources, IndexStore.Progress.NONE);
      assertThat(sync.failed()).containsExactly(Map.entry("broken", "broken.txt is not valid UTF-8"));
      assertThat(sync.index().articles()).extracting(Article::id).containsExactly(HARBOR.id());
    }
  }

  @Test
  void aSecondStoreOnTheSameFolderIsRefusedAndTheFirstKeepsWorking() throws IOException {
    try (IndexStore store = open("v1")) {
      store.sync(sources(List.of(HARBOR)), IndexStore.Progress.NONE);
      assertThatThrownBy(() -> open("v1")).isInstanceOf(IndexStore.LockedException.class)
          .hasMessageContaining("Another article-bot process is using the index in " + dir);
      IndexStore.Sync again = store.sync(sources(List.of(HARBOR, ROVER)), IndexStore.Progress.NONE);
      assertThat(again.added()).containsExactly(ROVER.id());
    }
  }

  @Test
  void aViewOfOneArticleAnswersAsAnIndexOfThatArticleAlone() throws IOException {
    List<Article> articles = List.of(HARBOR, ROVER, MUSEUM);
    ArticleIndex inMemory = ArticleIndex.build(articles, embedder, EmbeddingStore.none());
    try (IndexStore store = open("v1")) {
      store.sync(sources(articles), IndexStore.Progress.NONE);
      ArticleIndex changed = store.sync(List.of(source(HARBOR, "1"), source(edited(ROVER, "It rained."), "2"), source(MUSEUM, "1")),
          IndexStore.Progress.NONE).index();
      for (ArticleIndex whole : List.of(inMemory, changed)) {
        ArticleIndex view = whole.only(MUSEUM.id());
        ArticleIndex alone = ArticleIndex.build(List.of(MUSEUM), embedder, EmbeddingStore.none());
        assertThat(view.sentenceCount()).isEqualTo(alone.sentenceCount());
        assertThat(view.averageSentenceLength()).isEqualTo(alone.averageSentenceLength());
        assertThat(view.titleTerms()).isEqualTo(alone.titleTerms());
        assertThat(lexicalRanking(view, questions(List.of(MUSEUM, HARBOR))))
            .isEqualTo(lexicalRanking(alone, questions(List.of(MUSEUM, HARBOR))));
        assertAlike(view, alone, questions(List.of(MUSEUM, HARBOR)));
      }
    }
  }

  /**
   * After documents were replaced, Lucene keeps the deleted ones (and their terms) until a merge;
   * BM25 must score as if they were gone, and ties must still go to the lower sentence id.
   */
  private void assertSameLexicalRanking(ArticleIndex index, List<Article> articles) {
    ArticleIndex fresh = ArticleIndex.build(articles, embedder, EmbeddingStore.none());
    assertThat(lexicalRanking(index, questions(articles))).isEqualTo(lexicalRanking(fresh, questions(articles)));
  }

  private static List<String> lexicalRanking(ArticleIndex index, List<String> questions) {
    List<String> out = new ArrayList<>();
    for (String q : questions) {
      org.apache.lucene.search.BooleanQuery.Builder b = new org.apache.lucene.search.BooleanQuery.Builder();
      for (String t : io.articlebot.core.analysis.Analysis.terms(index.analyzer(), q)) {
        b.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(ArticleIndex.SENTENCE_TEXT, t)),
            org.apache.lucene.search.BooleanClause.Occur.SHOULD);
      }
      try {
        out.add(q + " -> " + index.topSentences(b.build(), 30).stream().map(s -> s.article().id() + "#" + s.sentence().index() + "@" + s.id()).toList());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * The same quotes as an index built afresh. Nearest-neighbour search is approximate (HNSW): the
   * graphs of an index updated in place are not those of one built anew, so the confidence may
   * differ a little where the candidates found by meaning do.
   */
  private void assertAlikeAnswers(ArticleIndex index, List<Article> articles) {
    assertAlike(index, ArticleIndex.build(articles, embedder, EmbeddingStore.none()), questions(articles));
  }

  private static void assertAlike(ArticleIndex index, ArticleIndex fresh, List<String> questions) {
    SearchEngine ours = new SearchEngine(index);
    SearchEngine theirs = new SearchEngine(fresh);
    for (String q : questions) {
      Answer a = ours.explain(new Question(q)).answer();
      Answer b = theirs.explain(new Question(q)).answer();
      assertThat(a.answered()).as(q).isEqualTo(b.answered());
      assertThat(a.quotes()).as(q).isEqualTo(b.quotes());
      assertThat(a.confidence()).as(q).isCloseTo(b.confidence(), org.assertj.core.data.Offset.offset(0.02));
    }
  }

  private List<IndexStore.Source> sources(List<Article> articles) {
    return articles.stream().map(a -> source(a, "1")).toList();
  }

  /** The index answers every question exactly as an index built in memory of {@code articles}. */
  private void assertSameAnswers(ArticleIndex index, List<Article> articles) {
    ArticleIndex fresh = ArticleIndex.build(articles, embedder, EmbeddingStore.none());
    assertThat(index.sentenceCount()).isEqualTo(fresh.sentenceCount());
    assertThat(index.averageSentenceLength()).isEqualTo(fresh.averageSentenceLength());
    assertThat(index.averageParagraphLength()).isEqualTo(fresh.averageParagraphLength());
    SearchEngine ours = new SearchEngine(index);
    SearchEngine theirs = new SearchEngine(fresh);
    for (String q : questions(articles)) {
      assertThat(ours.explain(new Question(q)).answer()).as(q).isEqualTo(theirs.explain(new Question(q)).answer());
    }
  }

  /** Questions in readers' words about every article: the openings of its sentences. */
  private static List<String> questions(List<Article> articles) {
    List<String> out = new ArrayList<>(List.of("Who runs it?", "When does it open?", "How much does it cost?", "What happened?"));
    for (Article a : articles) {
      List<io.articlebot.core.article.Sentence> s = a.sentences();
      for (int i = 0; i < s.size(); i += 7) {
        String[] words = a.text(s.get(i)).split("\\s+");
        out.add("What about " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length))) + "?");
      }
    }
    return out;
  }

  private static Answer answer(ArticleIndex index, String q) {
    return new SearchEngine(index).explain(new Question(q)).answer();
  }

  private static Article edited(Article a, String sentence) {
    try {
      ExtractedText t = ArticleLoader.extract(new ArticleContent((a.text() + "\n\n" + sentence + "\n").getBytes(StandardCharsets.UTF_8),
          a.id() + ".txt", "text/plain", a.id() + ".txt"));
      return ArticleLoader.toArticle(t, new ArticleLoader.Overrides(a.id(), a.title(), a.source(), a.url(), a.date()),
          new ArticleOrigin(t.format(), a.id() + ".txt", "", null), a.id() + ".txt");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
