package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
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

  /** For chat users: cooldown and feedback log as configured. */
  static ChatService forChat(Knowledge knowledge, BotConfig config, ChatMetrics metrics) throws StartupException {
    return new ChatService(knowledge.engine(), knowledge.infos(), knowledge.skipped(), config.chatLimits(), feedbackLog(config),
        Clock.systemUTC(), metrics, conversations(knowledge, config)).logQuestionsTo(questionLog(config));
  }

  /** For the console: one local user, so no cooldown. */
  static ChatService forConsole(Knowledge knowledge, BotConfig config) throws StartupException {
    return new ChatService(knowledge.engine(), knowledge.infos(), knowledge.skipped(), unthrottled(config), feedbackLog(config),
        Clock.systemUTC(), ChatMetrics.NONE, conversations(knowledge, config)).logQuestionsTo(questionLog(config));
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
    return new ChatService(knowledge.engine(), knowledge.infos(), knowledge.skipped(), unthrottled(config), NO_FEEDBACK,
        Clock.systemUTC(), ChatMetrics.NONE, conversations(knowledge, config));
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
