package io.articlebot.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.app.ArticleSources;
import io.articlebot.app.ArticleWatcher;
import io.articlebot.app.Library;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.config.ConfigLoader;
import io.articlebot.core.chat.ArticleChanges;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Feedback;
import io.articlebot.core.chat.FeedbackSink;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.embedding.TextEmbedding;
import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.embedding.TokenVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watched articles folder: a file dropped in is answered from within seconds, without a restart,
 * and questions asked while it is being indexed are answered from the articles before.
 */
class LiveReloadTest {
  private static final Path CORPUS = Path.of("").toAbsolutePath().getParent().resolve("eval/corpus");
  private static final ChatUser USER = ChatUser.human("test", "reader");

  @TempDir
  Path dir;

  /** The real model, slowed down so that indexing a small article takes a few seconds. */
  private static final class SlowEmbedder implements TextEmbedder {
    final AtomicInteger passages = new AtomicInteger();

    @Override
    public String modelId() {
      return BgeSmallEmbedder.shared().modelId();
    }

    @Override
    public int dimension() {
      return BgeSmallEmbedder.shared().dimension();
    }

    @Override
    public TextEmbedding embedQuestionWithTokens(String question) {
      return BgeSmallEmbedder.shared().embedQuestionWithTokens(question);
    }

    @Override
    public List<TokenVectors> embedTokens(List<String> texts) {
      return BgeSmallEmbedder.shared().embedTokens(texts);
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
      try {
        Thread.sleep(40L * texts.size());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      passages.addAndGet(texts.size());
      return BgeSmallEmbedder.shared().embedPassages(texts);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFileDroppedIntoTheWatchedFolderIsAnsweredWithinSecondsWhileQuestionsGoOnBeingAnswered() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.copy(CORPUS.resolve("harbor-library.md"), articles.resolve("harbor-library.md"));
    BotConfig config = new BotConfig(null, ConfigLoader.specs(ConfigLoader.articlesIn(articles), Map.of(), true), dir.resolve("data"),
        ChatLimits.DEFAULT, Map.of()).withArticles(ConfigLoader.specs(ConfigLoader.articlesIn(articles), Map.of(), true), List.of(articles));
    SlowEmbedder embedder = new SlowEmbedder();
    List<String> notes = new CopyOnWriteArrayList<>();
    try (Library library = Library.open(config, new ArticleSources(config.dataDir(), null), embedder, EmbeddingStore.none(),
        notes::add, Clock.systemUTC()); ArticleWatcher watcher = ArticleWatcher.start(library, notes::add)) {
      ChatService chat = new ChatService(library.current().engine(), library.current().infos(), new ChatLimits(500, Duration.ZERO, 100, 3),
          NO_FEEDBACK, Clock.systemUTC());
      library.onChange(k -> chat.replace(k.engine(), k.infos(), k.skipped(), k.history()));
      assertThat(answer(chat, "Who is the head librarian?")).contains("Samuel Adeyemi");
      String roverQuestion = "On what date did the rover lift off?";
      assertThat(answer(chat, roverQuestion)).doesNotContain("9 October");

      int embeddedBefore = embedder.passages.get();
      long dropped = System.nanoTime();
      Files.copy(CORPUS.resolve("rover-news.txt"), articles.resolve("rover-news.txt"));
      int duringReindex = 0;
      AtomicBoolean answeredFromRover = new AtomicBoolean();
      while (!answeredFromRover.get()) {
        assertThat(System.nanoTime() - dropped).as("answerable within 20 s; notes: " + notes).isLessThan(TimeUnit.SECONDS.toNanos(20));
        String head = answer(chat, "Who is the head librarian?");
        assertThat(head).as("answered while the new file is indexed").contains("Samuel Adeyemi");
        if (embedder.passages.get() == embeddedBefore || library.current().articles().size() == 1) {
          duringReindex++;
        }
        answeredFromRover.set(answer(chat, roverQuestion).contains("9 October"));
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - dropped) / 1e9;
      assertThat(duringReindex).as("questions answered while the new article was being indexed").isGreaterThan(3);
      assertThat(library.current().history()).hasSize(1);
      ArticleChanges change = library.current().history().get(0);
      assertThat(change.added()).containsExactly("rover-news");
      Reply sources = chat.handleMessage(USER, "sources").orElseThrow();
      assertThat(sources.body()).contains("added rover-news");
      System.out.printf("FIGURE live reload: a dropped file answerable after %.1f s; %d questions answered meanwhile%n", seconds,
          duringReindex);

      Files.delete(articles.resolve("rover-news.txt"));
      long removed = System.nanoTime();
      while (library.current().articles().size() != 1) {
        assertThat(System.nanoTime() - removed).as("removal seen within 20 s").isLessThan(TimeUnit.SECONDS.toNanos(20));
        Thread.sleep(50);
      }
      assertThat(answer(chat, roverQuestion)).doesNotContain("9 October");
      assertThat(chat.handleMessage(USER, "about").orElseThrow().body()).contains("removed rover-news");
    }
  }

  private static String answer(ChatService chat, String question) {
    Reply r = chat.exchange(USER, question).reply();
    return r.body() + "\n" + r.quotes();
  }

  private static final FeedbackSink NO_FEEDBACK = new FeedbackSink() {
    @Override
    public void record(Feedback feedback) {}

    @Override
    public String hashUser(ChatUser user) {
      return "";
    }
  };
}
