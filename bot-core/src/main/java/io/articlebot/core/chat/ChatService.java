package io.articlebot.core.chat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.conversation.Answered;
import io.articlebot.core.conversation.ConversationKey;
import io.articlebot.core.conversation.Conversations;
import io.articlebot.core.conversation.Reading;
import io.articlebot.core.questionlog.LoggedQuestion;
import io.articlebot.core.questionlog.QuestionLog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform-neutral bot: commands, input limits, cooldowns, follow-ups in conversations, buttons
 * and feedback. Every front end
 * (Discord, Slack, console) turns its events into calls here and renders the {@link Reply}.
 * Thread-safe. Failures of the answerer propagate; each front end's error handler turns them into
 * a polite reply.
 */
public final class ChatService {
  private static final String BUTTON_PREFIX = "ab:";

  private final ChatLimits limits;
  private final Cooldown cooldown;
  private final FeedbackSink feedback;
  private final Clock clock;
  private final AnswerMemory memory;
  private final Votes votes;
  private final ChatMetrics metrics;
  /** The articles and what answers from them; replaced whole on a reload, read once per request. */
  private volatile Shelf shelf;
  private volatile Runnable refresher;
  private final Conversations conversations;
  private volatile QuestionLog questionLog = QuestionLog.OFF;

  /** A chat service whose follow-ups know no article text (names, "more" beyond the quotes). */
  public ChatService(QuestionAnswerer answerer, List<ArticleInfo> articles, ChatLimits limits, FeedbackSink feedback, Clock clock) {
    this(answerer, articles, List.of(), limits, feedback, clock, ChatMetrics.NONE);
  }

  /**
   * @param skipped articles that could not be loaded, each as "file: why", shown by {@code sources}
   * @param metrics told how every question ended
   */
  public ChatService(QuestionAnswerer answerer, List<ArticleInfo> articles, List<String> skipped, ChatLimits limits,
      FeedbackSink feedback, Clock clock, ChatMetrics metrics) {
    this(answerer, articles, skipped, limits, feedback, clock, metrics, Conversations.withoutArticles(clock));
  }

  public ChatService(QuestionAnswerer answerer, List<ArticleInfo> articles, ChatLimits limits, FeedbackSink feedback, Clock clock,
      Conversations conversations) {
    this(answerer, articles, List.of(), limits, feedback, clock, ChatMetrics.NONE, conversations);
  }

  /** @param conversations where follow-ups are read; built on the articles' text so that names and "more" work */
  public ChatService(QuestionAnswerer answerer, List<ArticleInfo> articles, List<String> skipped, ChatLimits limits,
      FeedbackSink feedback, Clock clock, ChatMetrics metrics, Conversations conversations) {
    this.conversations = Objects.requireNonNull(conversations, "conversations");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.feedback = Objects.requireNonNull(feedback, "feedback");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.cooldown = new Cooldown(limits.cooldown(), limits.burst(), clock);
    this.memory = new AnswerMemory(limits.rememberedAnswers());
    this.votes = new Votes(limits.rememberedAnswers());
    this.shelf = new Shelf(Objects.requireNonNull(answerer, "answerer"), List.copyOf(articles),
        new ReplyTexts(List.copyOf(articles), List.copyOf(skipped), limits, List.of()));
  }

  /**
   * @param perArticle answers from one article alone, by id; null when only {@code answerer} is known
   */
  private record Shelf(QuestionAnswerer answerer, List<ArticleInfo> articles, ReplyTexts texts,
      java.util.function.Function<String, QuestionAnswerer> perArticle) {
    Shelf(QuestionAnswerer answerer, List<ArticleInfo> articles, ReplyTexts texts) {
      this(answerer, articles, texts, null);
    }

    /** The article named by its id, or failing that by a unique start of its id or title. */
    Optional<ArticleInfo> article(String named) {
      String n = named.toLowerCase(Locale.ROOT);
      for (ArticleInfo a : articles) {
        if (a.id().equalsIgnoreCase(named)) {
          return Optional.of(a);
        }
      }
      List<ArticleInfo> starting = articles.stream()
          .filter(a -> a.id().toLowerCase(Locale.ROOT).startsWith(n) || a.title().toLowerCase(Locale.ROOT).startsWith(n)).toList();
      return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    QuestionAnswerer only(String id) {
      return perArticle == null || articles.size() == 1 ? answerer : perArticle.apply(id);
    }
  }

  /** "article:harbor-library When does it open?": a question about one article alone. */
  private static final java.util.regex.Pattern ONE_ARTICLE =
      java.util.regex.Pattern.compile("(?is)article\\s*[:=]\\s*\"?([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63})\"?[\\s,:]+(.+)");

  /**
   * Answers from now on from {@code answerer} over {@code articles} (a reload); a question being
   * answered finishes with what it started with.
   *
   * @param history the latest reloads, newest first, shown by {@code about} and {@code sources}
   */
  public void replace(QuestionAnswerer answerer, List<ArticleInfo> articles, List<String> skipped, List<ArticleChanges> history) {
    replace(answerer, null, articles, skipped, history);
  }

  /**
   * @param perArticle answers a question from one article alone ({@code article:ID question}, Discord's
   *     {@code article} option), by article id
   */
  public void replace(QuestionAnswerer answerer, java.util.function.Function<String, QuestionAnswerer> perArticle,
      List<ArticleInfo> articles, List<String> skipped, List<ArticleChanges> history) {
    this.shelf = new Shelf(Objects.requireNonNull(answerer, "answerer"), List.copyOf(articles),
        new ReplyTexts(List.copyOf(articles), List.copyOf(skipped), limits, List.copyOf(history)), perArticle);
  }

  /**
   * Lets admins ask for {@code sources refresh}: {@code start} begins reading the articles again
   * (fetching web pages anew) in the background, and must return at once.
   */
  public ChatService refreshWith(Runnable start) {
    this.refresher = Objects.requireNonNull(start, "start");
    return this;
  }

  /**
   * How log lines name a user: the same salted hash as the feedback log, never the platform id.
   */
  public String hashedId(ChatUser user) {
    String hash = feedback.hashUser(user);
    return hash.isEmpty() ? user.platform() + ":?" : hash;
  }

  public List<ArticleInfo> articles() {
    return shelf.articles();
  }

  /** Records every question asked from now on, and the votes on their answers, in {@code log}. */
  public ChatService logQuestionsTo(QuestionLog log) {
    this.questionLog = Objects.requireNonNull(log, "log");
    return this;
  }

  /** The conversations follow-ups are read in; front ends link the replies they send to them. */
  public Conversations conversations() {
    return conversations;
  }

  /**
   * A free-form message: a mention, a DM, a console line. A message that is just "help", "about" or
   * "sources" runs that command; anything else is a question.
   *
   * @return empty for messages from bots, which are never answered
   */
  public Optional<Reply> handleMessage(ChatUser user, String message) {
    return handleMessage(user, message, null);
  }

  /** A message said in a conversation, so that follow-ups ("why?", "tell me more") are read with it. */
  public Optional<Reply> handleMessage(ChatUser user, String message, ConversationKey conversation) {
    return handleMessage(user, message, conversation, false);
  }

  /** @param admin the user may manage the bot (see {@link ChatRequest#admin}) */
  public Optional<Reply> handleMessage(ChatUser user, String message, ConversationKey conversation, boolean admin) {
    String text = MessageText.clean(message);
    ChatCommand command = ChatCommand.namedBy(text).orElse(ChatCommand.ASK);
    return handle(new ChatRequest(user, command, text, conversation, admin));
  }

  /**
   * Like {@link #handleMessage}, with the answer when there was one: "help", "about" and "sources"
   * run those commands, anything else is asked. For callers that need both, such as {@code ask}.
   */
  public Exchange exchangeMessage(ChatUser user, String message) {
    String text = MessageText.clean(message);
    Optional<ChatCommand> command = commandOtherThanAsk(text);
    if (command.isPresent()) {
      return new Exchange(Optional.empty(), handle(new ChatRequest(user, command.get(), text)).orElseThrow());
    }
    return exchange(user, text);
  }

  /** The command a cleaned message runs instead of being asked, if any. */
  private static Optional<ChatCommand> commandOtherThanAsk(String text) {
    return ChatCommand.namedBy(text).filter(c -> c != ChatCommand.ASK);
  }

  /** A slash command or a parsed message. Empty for requests from bots. */
  public Optional<Reply> handle(ChatRequest request) {
    if (request.user().bot()) {
      return Optional.empty();
    }
    ReplyTexts texts = shelf.texts();
    return Optional.of(switch (request.command()) {
      case HELP -> texts.help();
      case ABOUT -> texts.about();
      case SOURCES -> REFRESH.matcher(request.text()).find() ? refresh(request) : texts.sources();
      case ASK -> exchange(request.user(), request.text(), request.conversation()).reply();
    });
  }

  private static final java.util.regex.Pattern REFRESH = java.util.regex.Pattern.compile("(?i)\\brefresh\\b");

  private Reply refresh(ChatRequest request) {
    Runnable r = refresher;
    if (r == null) {
      return Reply.notice("I can't refresh my sources from here. Whoever runs me can: `./article-bot refresh`, or just change the"
          + " files in the articles folder; I pick those up by myself.");
    }
    if (!request.admin()) {
      return Reply.notice("Only a server admin can make me refresh my sources (on Discord, members who may manage the server; elsewhere,"
          + " whoever runs me, with ./article-bot refresh). Changed files in my articles folder are picked up by themselves.");
    }
    r.run();
    return Reply.notice("Refreshing my sources: fetching the web pages again and re-reading the files. I keep answering from the"
        + " current versions meanwhile; say \"sources\" in a minute to see what changed.");
  }

  /** A reply, and the answer behind it when the question got as far as the answerer. */
  public record Exchange(Optional<Answer> answer, Reply reply) {}

  /**
   * Asks one question on behalf of a user, returning the answer as well as the reply: for callers
   * that need both, such as {@code ask --json}.
   */
  public Exchange exchange(ChatUser user, String question) {
    return exchange(user, question, null);
  }

  /**
   * Asks one question in a conversation (null for none). A follow-up is first turned into a
   * self-contained question; "more" goes on with the last answer without asking the answerer.
   */
  public Exchange exchange(ChatUser user, String question, ConversationKey conversation) {
    long started = System.nanoTime();
    Shelf now = shelf;
    String text = MessageText.clean(question);
    QuestionAnswerer answerer = now.answerer();
    List<String> asked = now.articles().stream().map(ArticleInfo::id).toList();
    java.util.regex.Matcher limited = ONE_ARTICLE.matcher(text);
    if (limited.matches()) {
      Optional<ArticleInfo> article = now.article(limited.group(1));
      if (article.isEmpty()) {
        metrics.question(user.platform(), ChatMetrics.Outcome.REFUSED, Duration.ofNanos(System.nanoTime() - started));
        return new Exchange(Optional.empty(), Reply.notice("I don't know an article \"" + limited.group(1) + "\". Say \"about\" to see"
            + " the ones I know, and use the id in brackets."));
      }
      answerer = now.only(article.get().id());
      asked = List.of(article.get().id());
      text = limited.group(2).strip();
    }
    Reply guard = guard(user, text);
    if (guard != null) {
      metrics.question(user.platform(), ChatMetrics.Outcome.REFUSED, Duration.ofNanos(System.nanoTime() - started));
      return new Exchange(Optional.empty(), guard);
    }
    Reading reading = conversations.read(conversation, text);
    Reply unasked = switch (reading.kind()) {
      case MORE -> shelf.texts().more(conversations.more(conversation));
      case NEEDS_CONTEXT -> shelf.texts().needsContext(reading.asked());
      case NOT_A_QUESTION -> shelf.texts().notAQuestion(reading);
      default -> null;
    };
    if (unasked != null) {
      metrics.question(user.platform(), ChatMetrics.Outcome.REFUSED, Duration.ofNanos(System.nanoTime() - started));
      return new Exchange(Optional.empty(), unasked);
    }
    Answer answer = answerer.answer(new Question(reading.question()));
    Answered shown = conversations.answered(conversation, reading, answer);
    String key = memory.remember(shown.answer());
    questionLog.question(new LoggedQuestion(clock.instant(), user.platform(), feedback.hashUser(user), reading.asked(),
        reading.question(), shown.kind() == Answered.Kind.ANSWER, shown.answer().confidence(),
        shown.answer().quotes().stream().map(Quote::id).toList(), asked, key));
    metrics.question(user.platform(), shown.kind() == Answered.Kind.ANSWER ? ChatMetrics.Outcome.ANSWERED : ChatMetrics.Outcome.ABSTAINED,
        Duration.ofNanos(System.nanoTime() - started));
    return new Exchange(Optional.of(shown.answer()), now.texts().answered(shown, reading, key));
  }

  /** The reply to a question of {@code chars} characters, over the limit; for input read only in part. */
  public Reply tooLong(long chars) {
    return Reply.notice(String.format(Locale.ROOT,
        "That question is %,d characters long; please keep it under %d and ask one thing at a time.",
        chars, limits.maxQuestionChars()));
  }

  /**
   * Gets the answerer ready for a message expected soon (the next line of a batch), on the calling
   * thread: a plain question is embedded ahead. Nothing a later exchange sees changes (no cooldown
   * is taken); a message that is not a plain question is left alone.
   */
  public void prepare(String message) {
    String text = MessageText.clean(message);
    if (refusal(text) == null && commandOtherThanAsk(text).isEmpty() && !ONE_ARTICLE.matcher(text).matches()) {
      shelf.answerer().prepare(new Question(text));
    }
  }

  /** The reply for input that is not a question we can look up, or null when it is one. */
  private Reply guard(ChatUser user, String text) {
    Reply refusal = refusal(text);
    if (refusal != null) {
      return refusal;
    }
    Optional<Duration> wait = cooldown.tryAcquire(user.key());
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      return Reply.notice("You're asking faster than I can keep up. Try again in " + seconds + " s.");
    }
    return null;
  }

  /** The reply for text that is no question to look up whoever asks it, or null. */
  private Reply refusal(String text) {
    if (text.isEmpty()) {
      return shelf.texts().help();
    }
    if (text.length() > limits.maxQuestionChars()) {
      return tooLong(text.length());
    }
    if (!MessageText.hasWords(text)) {
      return Reply.notice("I couldn't find any words in that. Ask me a question in words, for example: "
          + shelf.texts().exampleQuestion());
    }
    if (QuerySyntax.onlySyntax(text)) {
      return Reply.notice("That looks like search syntax (field names, AND/OR, brackets, wildcards) rather than a"
          + " question. I read plain questions, for example: " + shelf.texts().exampleQuestion());
    }
    return null;
  }

  /**
   * A click on one of our buttons.
   *
   * @return empty when the id is not one of ours, or the user is a bot
   */
  public Optional<Reply> handleButton(ChatUser user, String buttonId) {
    if (user.bot() || buttonId == null || !buttonId.startsWith(BUTTON_PREFIX)) {
      return Optional.empty();
    }
    String[] parts = buttonId.substring(BUTTON_PREFIX.length()).split(":", 2);
    if (parts.length != 2) {
      return Optional.empty();
    }
    Optional<Answer> answer = memory.recall(parts[1]);
    if (answer.isEmpty()) {
      return Optional.of(Reply.notice("That answer is too old for me to find; please ask the question again."));
    }
    return switch (parts[0]) {
      case "more" -> Optional.of(shelf.texts().moreQuotes(answer.get()));
      case "near" -> Optional.of(shelf.texts().closest(answer.get()));
      case "up", "down" -> Optional.of(recordFeedback(user, parts[1], answer.get(), parts[0].equals("up")));
      default -> Optional.empty();
    };
  }

  private Reply recordFeedback(ChatUser user, String answerKey, Answer answer, boolean helpful) {
    Votes.Change change = votes.cast(answerKey, user, helpful);
    if (change == Votes.Change.REPEATED) {
      return Reply.notice("You've already voted on this answer; your vote counts once.");
    }
    List<String> quoteIds = new ArrayList<>();
    for (Quote q : answer.quotes()) {
      quoteIds.add(q.id());
    }
    feedback.record(new Feedback(clock.instant(), feedback.hashUser(user), helpful,
        answer.question().text(), answer.answered(), quoteIds, answerKey));
    questionLog.vote(answerKey, feedback.hashUser(user), helpful, clock.instant());
    if (change == Votes.Change.CHANGED) {
      return Reply.notice(helpful ? "Changed your vote to helpful. Thanks!" : "Changed your vote to not helpful. Thanks for telling me.");
    }
    return Reply.notice(helpful ? "Thanks! Glad that helped." : "Thanks for telling me. I'll log it so the answers can improve.");
  }

  static String buttonId(String action, String key) {
    return BUTTON_PREFIX + action + ":" + key;
  }
}
