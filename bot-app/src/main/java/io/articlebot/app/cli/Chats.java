package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Library;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.search.SearchEngine;
import io.articlebot.core.util.LruCache;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatMetrics;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Feedback;
import io.articlebot.core.chat.FeedbackSink;
import io.articlebot.core.chat.JsonlFeedbackLog;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.conversation.Conversations;
import io.articlebot.core.questionlog.QuestionLog;
import io.articlebot.questionlog.SqliteQuestionLog;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Builds the chat service each command needs. */
final class Chats {
  private Chats() {}

  /**
   * For chat users, answering from whatever the library holds now: a reload swaps the articles
   * and engine in, and admins may ask for {@code sources refresh}.
   */
  static ChatService forChat(Library library, BotConfig config, ChatMetrics metrics) throws StartupException {
    Conversations conversations = conversations(library, config);
    return follow(forChat(library.current(), config, metrics, conversations), library, conversations, true);
  }

  static ChatService forConsole(Library library, BotConfig config) throws StartupException {
    Conversations conversations = conversations(library, config);
    return follow(forConsole(library.current(), config, conversations), library, conversations, true);
  }

  static ChatService forQuestions(Library library, BotConfig config) {
    Conversations conversations = conversations(library, config);
    return follow(forQuestions(library.current(), config, conversations), library, conversations, false);
  }

  /**
   * @param gatherNames whether to gather the names the articles use (which follow-ups are read with)
   *     now, on a thread of their own, for a chat that waits for its first message; {@code ask}
   *     gathers them only if a line of its input is read as a follow-up
   */
  private static ChatService follow(ChatService chat, Library library, Conversations conversations, boolean gatherNames) {
    Consumer<Knowledge> swap = k -> chat.replace(k.engine(), new OneArticle(k)::answerer, k.infos(), k.skipped(), k.history());
    Knowledge now = library.current();
    chat.replace(now.engine(), new OneArticle(now)::answerer, chat.articles(), now.skipped(), now.history());
    library.onChange(swap);
    if (gatherNames) {
      // Over a thousand articles this takes a second or more, which start-up need not wait for.
      Thread names = new Thread(conversations::prepare, "article-names");
      names.setDaemon(true);
      names.start();
    }
    ExecutorService refreshing = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "sources-refresh");
      t.setDaemon(true);
      return t;
    });
    AtomicBoolean running = new AtomicBoolean();
    return chat.refreshWith(() -> {
      if (running.compareAndSet(false, true)) {
        refreshing.execute(() -> {
          try {
            library.refresh();
          } catch (StartupException | RuntimeException e) {
            // Not a static logger: the ask path never starts logging.
            LoggerFactory.getLogger(Chats.class).warn("Refreshing the sources failed: {}", e.getMessage());
          } finally {
            running.set(false);
          }
        });
      }
    });
  }

  /** Answers from one article alone, an engine per article asked about (a few kept). */
  private static final class OneArticle {
    private final Knowledge knowledge;
    private final LruCache<String, QuestionAnswerer> engines = new LruCache<>(16);

    OneArticle(Knowledge knowledge) {
      this.knowledge = knowledge;
    }

    QuestionAnswerer answerer(String articleId) {
      return engines.get(articleId, id -> new SearchEngine(knowledge.engine().index().only(id), knowledge.engine().model()));
    }
  }

  private static Conversations conversations(Library library, BotConfig config) {
    return new Conversations(() -> library.current().articles(), config.conversationIdle(), Conversations.DEFAULT_CAPACITY,
        Clock.systemUTC());
  }

  /** Where one-shot commands and the console say what was done to the index: one line on stderr. */
  static void note(String line) {
    System.err.println("article-bot: " + line);
  }

  /** For chat users: cooldown and feedback log as configured. */
  static ChatService forChat(Knowledge knowledge, BotConfig config, ChatMetrics metrics) throws StartupException {
    return forChat(knowledge, config, metrics, conversations(knowledge, config));
  }

  private static ChatService forChat(Knowledge knowledge, BotConfig config, ChatMetrics metrics, Conversations conversations)
      throws StartupException {
    return new ChatService(knowledge.engine(), knowledge.infos(), knowledge.skipped(), config.chatLimits(), feedbackLog(config),
        Clock.systemUTC(), metrics, conversations).logQuestionsTo(questionLog(config));
  }

  /** For the console: one local user, so no cooldown. */
  static ChatService forConsole(Knowledge knowledge, BotConfig config) throws StartupException {
    return forConsole(knowledge, config, conversations(knowledge, config));
  }

  private static ChatService forConsole(Knowledge knowledge, BotConfig config, Conversations conversations) throws StartupException {
    return new ChatService(knowledge.engine(), knowledge.infos(), knowledge.skipped(), unthrottled(config), feedbackLog(config),
        Clock.systemUTC(), ChatMetrics.NONE, conversations).logQuestionsTo(questionLog(config));
  }

  /** The question log in the data folder, unless {@code questions.log=off}. Opened (checked, migrated) at start-up. */
  static QuestionLog questionLog(BotConfig config) throws StartupException {
    if (!config.logsQuestions()) {
      return QuestionLog.OFF;
    }
    return SqliteQuestionLog.open(config.dataDir(), config.questionRetention(), Duration.ofSeconds(5), Clock.systemUTC());
  }

  /** For {@code ask} and {@code eval}: not throttled, no conversation, and there is nobody to give feedback. */
  static ChatService forQuestions(Knowledge knowledge, BotConfig config) {
    return forQuestions(knowledge, config, conversations(knowledge, config));
  }

  private static ChatService forQuestions(Knowledge knowledge, BotConfig config, Conversations conversations) {
    return new ChatService(knowledge.engine(), knowledge.infos(), knowledge.skipped(), unthrottled(config), NO_FEEDBACK,
        Clock.systemUTC(), ChatMetrics.NONE, conversations);
  }

  private static Conversations conversations(Knowledge knowledge, BotConfig config) {
    return new Conversations(knowledge::articles, config.conversationIdle(), Conversations.DEFAULT_CAPACITY, Clock.systemUTC());
  }

  private static ChatLimits unthrottled(BotConfig config) {
    ChatLimits l = config.chatLimits();
    return new ChatLimits(l.maxQuestionChars(), Duration.ZERO, l.rememberedAnswers(), l.burst());
  }

  private static FeedbackSink feedbackLog(BotConfig config) throws StartupException {
    try {
      return new JsonlFeedbackLog(config.dataDir());
    } catch (IOException e) {
      throw new StartupException("Cannot write to the data folder " + config.dataDir() + " (" + e.getMessage()
          + "). Set data.dir in the config to a writable folder.", e);
    }
  }

  private static final FeedbackSink NO_FEEDBACK = new FeedbackSink() {
    @Override
    public void record(Feedback feedback) {
      // ask and eval show no buttons to click
    }

    @Override
    public String hashUser(ChatUser user) {
      return "";
    }
  };
}
