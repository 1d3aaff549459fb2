package io.articlebot.core.chat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.articlebot.core.TestCorpus;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.chat.ChatFixtures.RecordingSink;
import io.articlebot.core.chat.ChatFixtures.StubAnswerer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatServiceTest {
  private static final ChatUser ALICE = ChatUser.human("discord", "1001");
  private static final ChatUser BOB = ChatUser.human("discord", "1002");
  private static final ChatUser BOT = new ChatUser("discord", "9999", "other-bot", true);

  private final FakeClock clock = new FakeClock();
  private final RecordingSink sink = new RecordingSink();
  private final StubAnswerer three = new StubAnswerer(3);

  private ChatService service(QuestionAnswerer answerer, ChatLimits limits) {
    return new ChatService(answerer, List.of(ChatFixtures.ARTICLE.info()), limits, sink, clock);
  }

  private ChatService service(QuestionAnswerer answerer) {
    return service(answerer, new ChatLimits(500, Duration.ZERO, 100));
  }

  private static Reply reply(Optional<Reply> r) {
    assertThat(r).isPresent();
    return r.get();
  }

  private static ReplyButton button(Reply r, ReplyButton.Action action) {
    return r.buttons().stream().filter(b -> b.action() == action).findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " button in " + r.buttons()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t", "<@123>", "<@!123>  <@&55>", "@everyone", "<!here>"})
  void emptyMessagesGetHelp(String message) {
    Reply r = reply(service(three).handleMessage(ALICE, message));
    assertThat(r.kind()).isEqualTo(ReplyKind.INFO);
    assertThat(r.title()).isEqualTo("Help");
    assertThat(three.calls).hasValue(0);
  }

  @Test
  void nullMessageGetsHelp() {
    assertThat(reply(service(three).handleMessage(ALICE, null)).title()).isEqualTo("Help");
  }

  @Test
  void tooLongQuestionGetsANoticeNotAnException() {
    ChatService chat = service(three);
    String question = "Who designed the building " + "and why ".repeat(70) + "?";
    Reply r = reply(chat.handleMessage(ALICE, question));
    assertThat(r.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(r.ephemeral()).isTrue();
    assertThat(r.body()).contains("500").containsIgnoringCase("long");
    assertThat(three.calls).hasValue(0);
  }

  @Test
  void questionAtTheLimitIsAnswered() {
    ChatService chat = service(three);
    String question = ("Who designed the building " + "x".repeat(500)).substring(0, 500);
    assertThat(reply(chat.handleMessage(ALICE, question)).kind()).isEqualTo(ReplyKind.ANSWER);
  }

  @Test
  void hundredKilobyteQuestionGetsANotice() {
    String huge = "Who founded DeepSeek? ".repeat(100 * 1024 / 22 + 1);
    assertThat(huge.length()).isGreaterThan(Question.MAX_CHARS);
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, huge));
    assertThat(r.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(r.body()).containsIgnoringCase("long");
    ChatService.Exchange x = chat.exchange(ALICE, huge);
    assertThat(x.answer()).isEmpty();
    assertThat(x.reply().kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(three.calls).hasValue(0);
  }

  @Test
  void hundredKilobyteQuestionWithTheRealEngine() {
    ChatService chat = new ChatService(TestCorpus.deepseekEngine(), List.of(TestCorpus.deepseek().info()),
        ChatLimits.DEFAULT, sink, clock);
    String huge = "DeepSeek ".repeat(12_000);
    assertThatCode(() -> chat.handleMessage(ALICE, huge)).doesNotThrowAnyException();
    assertThat(reply(chat.handleMessage(BOB, huge)).kind()).isEqualTo(ReplyKind.NOTICE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"🙂🙂🙂", "?!?", "👍", "... --- ..."})
  void messagesWithoutWordsGetANotice(String message) {
    Reply r = reply(service(three).handleMessage(ALICE, message));
    assertThat(r.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(r.ephemeral()).isTrue();
    assertThat(three.calls).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "HELP", "/help", "help?", "  help  ", "<@123> help"})
  void helpWord(String message) {
    Reply r = reply(service(three).handleMessage(ALICE, message));
    assertThat(r.title()).isEqualTo("Help");
    assertThat(r.body()).contains("Mini library story");
    assertThat(three.calls).hasValue(0);
  }

  @Test
  void aboutAndSourcesDescribeTheArticle() {
    ChatService chat = service(three);
    Reply about = reply(chat.handleMessage(ALICE, "about"));
    assertThat(about.kind()).isEqualTo(ReplyKind.INFO);
    assertThat(about.body()).contains("Mini library story", "mini", "Port Merrow Gazette")
        .contains(ChatFixtures.ARTICLE.paragraphs().size() + " paragraphs");
    Reply sources = reply(chat.handleMessage(ALICE, "Sources"));
    assertThat(sources.kind()).isEqualTo(ReplyKind.INFO);
    assertThat(sources.body()).contains("Mini library story", "Port Merrow Gazette");
    assertThat(three.calls).hasValue(0);
  }

  @Test
  void aSentenceStartingWithACommandWordIsAQuestion() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "help me understand who designed it"));
    assertThat(r.kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(three.questions).containsExactly("help me understand who designed it");
  }

  @Test
  void mentionsAreRemovedFromTheQuestion() {
    ChatService chat = service(three);
    chat.handleMessage(ALICE, "<@123>   who designed\n the building?");
    assertThat(three.questions).containsExactly("who designed the building?");
  }

  @Test
  void botsAreNeverAnswered() {
    ChatService chat = service(three);
    assertThat(chat.handleMessage(BOT, "Who designed the building?")).isEmpty();
    assertThat(chat.handle(new ChatRequest(BOT, ChatCommand.HELP, ""))).isEmpty();
    Reply human = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    assertThat(chat.handleButton(BOT, button(human, ReplyButton.Action.HELPFUL).id())).isEmpty();
    assertThat(three.calls).hasValue(1);
    assertThat(sink.records).isEmpty();
  }

  @Test
  void answerShowsTheBestQuoteAndOffersTheRest() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    assertThat(r.kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(r.title()).isEqualTo("Who designed the building?");
    assertThat(r.quotes()).containsExactly(ChatFixtures.quotes(3).get(0));
    assertThat(r.footer()).contains("Port Merrow Gazette").contains("87%");
    assertThat(r.buttons()).extracting(ReplyButton::action).containsExactly(
        ReplyButton.Action.MORE_QUOTES, ReplyButton.Action.HELPFUL, ReplyButton.Action.NOT_HELPFUL);
    assertThat(r.buttons()).allSatisfy(b -> assertThat(b.id().length()).isLessThanOrEqualTo(ReplyButton.MAX_ID_LENGTH));
    assertThat(r.buttons()).extracting(ReplyButton::id).doesNotHaveDuplicates()
        .noneMatch(id -> id.contains("designed"));
  }

  @Test
  void moreButtonReturnsTheRemainingQuotes() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    Reply more = reply(chat.handleButton(BOB, button(r, ReplyButton.Action.MORE_QUOTES).id()));
    assertThat(more.kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(more.quotes()).containsExactlyElementsOf(ChatFixtures.quotes(3).subList(1, 3));
    assertThat(more.title()).contains("Who designed the building?");
  }

  @Test
  void anAbstentionOffersItsClosestPassagesMarkedAsNotAnAnswer() {
    List<Quote> near = ChatFixtures.quotes(2);
    ChatService chat = service(q -> Answer.abstain(q, 0.2, near));
    Reply r = reply(chat.handleMessage(ALICE, "How many staff work there?"));
    assertThat(r.kind()).isEqualTo(ReplyKind.NO_ANSWER);
    assertThat(r.quotes()).isEmpty();
    Reply closest = reply(chat.handleButton(BOB, button(r, ReplyButton.Action.CLOSEST).id()));
    assertThat(closest.quotes()).containsExactlyElementsOf(near);
    assertThat(closest.title()).contains("Closest passages").contains("How many staff work there?");
    assertThat(closest.body()).startsWith("Not an answer").contains("20%");
    // With nothing near, there is no such button.
    Reply none = reply(service(new StubAnswerer(0)).handleMessage(ALICE, "How many staff work there?"));
    assertThat(none.buttons()).extracting(ReplyButton::action).doesNotContain(ReplyButton.Action.CLOSEST);
  }

  @Test
  void singleQuoteAnswerHasNoMoreButton() {
    ChatService chat = service(new StubAnswerer(1));
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    assertThat(r.buttons()).extracting(ReplyButton::action).doesNotContain(ReplyButton.Action.MORE_QUOTES);
  }

  @Test
  void thumbsReachTheFeedbackSink() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    Reply thanks = reply(chat.handleButton(ALICE, button(r, ReplyButton.Action.HELPFUL).id()));
    assertThat(thanks.kind()).isEqualTo(ReplyKind.NOTICE);
    reply(chat.handleButton(BOB, button(r, ReplyButton.Action.NOT_HELPFUL).id()));
    assertThat(sink.records).hasSize(2);
    Feedback up = sink.records.get(0);
    assertThat(up.helpful()).isTrue();
    assertThat(up.answered()).isTrue();
    assertThat(up.question()).isEqualTo("Who designed the building?");
    assertThat(up.userHash()).isEqualTo(sink.hashUser(ALICE));
    assertThat(up.time()).isEqualTo(clock.instant());
    assertThat(up.quoteIds()).containsExactlyElementsOf(ChatFixtures.quotes(3).stream().map(Quote::id).toList());
    assertThat(sink.records.get(1).helpful()).isFalse();
  }

  @Test
  void abstentionSaysSoAndCanBeRated() {
    StubAnswerer none = new StubAnswerer(0);
    ChatService chat = service(none);
    Reply r = reply(chat.handleMessage(ALICE, "What is the capital of France?"));
    assertThat(r.kind()).isEqualTo(ReplyKind.NO_ANSWER);
    assertThat(r.quotes()).isEmpty();
    assertThat(r.body()).containsIgnoringCase("doesn't say");
    assertThat(r.buttons()).extracting(ReplyButton::action)
        .containsExactly(ReplyButton.Action.HELPFUL, ReplyButton.Action.NOT_HELPFUL);
    chat.handleButton(ALICE, button(r, ReplyButton.Action.NOT_HELPFUL).id());
    assertThat(sink.records).singleElement().satisfies(f -> {
      assertThat(f.answered()).isFalse();
      assertThat(f.quoteIds()).isEmpty();
    });
  }

  @Test
  void unknownButtonIds() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    String key = button(r, ReplyButton.Action.MORE_QUOTES).id().substring("ab:more:".length());
    assertThat(chat.handleButton(ALICE, null)).isEmpty();
    assertThat(chat.handleButton(ALICE, "")).isEmpty();
    assertThat(chat.handleButton(ALICE, "someone-elses-button")).isEmpty();
    assertThat(chat.handleButton(ALICE, "ab:more")).isEmpty();
    assertThat(chat.handleButton(ALICE, "ab:explode:" + key)).isEmpty();
    Reply stale = reply(chat.handleButton(ALICE, "ab:more:doesnotexist"));
    assertThat(stale.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(stale.body()).containsIgnoringCase("ask");
    assertThat(sink.records).isEmpty();
  }

  @Test
  void buttonsOfForgottenAnswersExpirePolitely() {
    ChatService chat = service(three, new ChatLimits(500, Duration.ZERO, 2));
    Reply first = reply(chat.handleMessage(ALICE, "first question"));
    chat.handleMessage(ALICE, "second question");
    chat.handleMessage(ALICE, "third question");
    Reply expired = reply(chat.handleButton(ALICE, button(first, ReplyButton.Action.HELPFUL).id()));
    assertThat(expired.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(expired.body()).containsIgnoringCase("again");
    assertThat(sink.records).isEmpty();
  }

  @Test
  void cooldownThrottlesOneUserAtATime() {
    ChatService chat = service(three, new ChatLimits(500, Duration.ofSeconds(3), 100));
    assertThat(reply(chat.handleMessage(ALICE, "Who designed it?")).kind()).isEqualTo(ReplyKind.ANSWER);
    clock.advance(Duration.ofMillis(1500));
    Reply throttled = reply(chat.handleMessage(ALICE, "And when did it open?"));
    assertThat(throttled.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(throttled.ephemeral()).isTrue();
    assertThat(throttled.body()).contains("2 s");
    assertThat(reply(chat.handleMessage(BOB, "Who designed it?")).kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(reply(chat.handleMessage(ALICE, "help")).title()).as("help is never throttled").isEqualTo("Help");
    clock.advance(Duration.ofMillis(1500));
    assertThat(reply(chat.handleMessage(ALICE, "And when did it open?")).kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(three.calls).hasValue(3);
  }

  @Test
  void sameIdOnAnotherPlatformIsAnotherUser() {
    ChatService chat = service(three, new ChatLimits(500, Duration.ofSeconds(3), 100));
    chat.handleMessage(ChatUser.human("discord", "42"), "q one");
    assertThat(reply(chat.handleMessage(ChatUser.human("slack", "42"), "q two")).kind()).isEqualTo(ReplyKind.ANSWER);
  }

  @Test
  void exchangeWithoutCooldownAnswersEveryQuestion() {
    ChatService chat = service(three);
    for (int i = 0; i < 20; i++) {
      ChatService.Exchange x = chat.exchange(ALICE, "Who designed the building? " + i);
      assertThat(x.answer()).isPresent();
      assertThat(x.reply().kind()).isEqualTo(ReplyKind.ANSWER);
      assertThat(x.reply().quotes()).containsExactly(x.answer().get().quotes().get(0));
    }
    assertThat(three.calls).hasValue(20);
  }

  @Test
  void exchangeRespectsAConfiguredCooldown() {
    ChatService chat = service(three, new ChatLimits(500, Duration.ofSeconds(3), 100));
    assertThat(chat.exchange(ALICE, "q1").answer()).isPresent();
    ChatService.Exchange second = chat.exchange(ALICE, "q2");
    assertThat(second.answer()).isEmpty();
    assertThat(second.reply().kind()).isEqualTo(ReplyKind.NOTICE);
  }

  @Test
  void preparePassesOnlyPlainQuestionsToTheAnswererAndTakesNoCooldown() {
    ChatService chat = service(three, new ChatLimits(40, Duration.ofSeconds(3), 100));
    for (String message : List.of("", "<@123>", "help", "🙂🙂", "title:* AND (", "x".repeat(41), "article: mini Who designed it?")) {
      chat.prepare(message);
    }
    chat.prepare("<@123>  Who designed   the building?");

    assertThat(three.prepared).containsExactly("Who designed the building?");
    assertThat(three.calls).as("nothing answered").hasValue(0);
    assertThat(chat.exchange(ALICE, "Who designed the building?").answer()).as("no cooldown taken").isPresent();
  }

  @Test
  void answererFailuresPropagateForTheFrontEndToReport() {
    ChatService chat = service(q -> {
      throw new IllegalStateException("index broken");
    });
    assertThatThrownBy(() -> chat.handleMessage(ALICE, "Who designed the roof?")).hasMessageContaining("index broken");
  }

  @Test
  void realEngineEndToEnd() {
    ChatService chat = new ChatService(TestCorpus.deepseekEngine(), List.of(TestCorpus.deepseek().info()),
        ChatLimits.DEFAULT, sink, clock);
    Reply r = reply(chat.handleMessage(ALICE, "<@42> Who founded DeepSeek?"));
    assertThat(r.kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(r.quotes().get(0).text()).contains("Liang Wenfeng");
    assertThat(r.footer()).contains("钛媒体APP");
    assertThat(r.plainText()).contains("Liang Wenfeng", "¶ 10");
    clock.advance(Duration.ofSeconds(10));
    Reply no = reply(chat.handleMessage(ALICE, "What is the capital of France?"));
    assertThat(no.kind()).isEqualTo(ReplyKind.NO_ANSWER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"title:* AND (", "title:*", "\"\" OR ~2", "text:? NOT ()", "AND OR", "title: [* TO *]"})
  void inputOfOnlyQuerySyntaxGetsANoticeNotAnAnswer(String input) {
    Reply r = reply(service(three).handleMessage(ALICE, input));
    assertThat(r.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(r.body()).contains("search syntax");
    assertThat(r.quotes()).isEmpty();
    assertThat(three.calls).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"title:deepseek", "Who designed it?", "What is R&D?", "cost (in dollars)?", "Is it AND or OR?"})
  void questionsWithWordsAreStillAskedWhateverTheirPunctuation(String input) {
    Reply r = reply(service(three).handleMessage(ALICE, input));
    assertThat(r.kind()).isEqualTo(ReplyKind.ANSWER);
    assertThat(three.calls).hasValue(1);
  }

  @Test
  void exchangeMessageRunsCommandsAndAsksEverythingElse() {
    ChatService chat = service(three);
    for (String command : List.of("help", "about", "sources", "Help?")) {
      ChatService.Exchange x = chat.exchangeMessage(ALICE, command);
      assertThat(x.answer()).isEmpty();
      assertThat(x.reply().kind()).isEqualTo(ReplyKind.INFO);
    }
    assertThat(three.calls).hasValue(0);
    assertThat(chat.exchangeMessage(ALICE, "help me find the designer").answer()).isPresent();
    assertThat(three.calls).hasValue(1);
  }

  @Test
  void aHundredClicksOnHelpfulAreOneVote() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    String up = button(r, ReplyButton.Action.HELPFUL).id();
    for (int i = 0; i < 100; i++) {
      assertThat(reply(chat.handleButton(ALICE, up)).kind()).isEqualTo(ReplyKind.NOTICE);
    }
    assertThat(sink.records).hasSize(1);
    assertThat(reply(chat.handleButton(ALICE, up)).body()).contains("already voted");
    // another user's vote on the same answer is their own
    chat.handleButton(BOB, up);
    assertThat(sink.records).hasSize(2);
  }

  @Test
  void changingOnesMindRecordsTheNewVoteWhichReplacesTheOld() {
    ChatService chat = service(three);
    Reply r = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    chat.handleButton(ALICE, button(r, ReplyButton.Action.HELPFUL).id());
    Reply changed = reply(chat.handleButton(ALICE, button(r, ReplyButton.Action.NOT_HELPFUL).id()));
    assertThat(changed.body()).contains("Changed your vote");
    chat.handleButton(ALICE, button(r, ReplyButton.Action.NOT_HELPFUL).id());
    assertThat(sink.records).extracting(Feedback::helpful).containsExactly(true, false);
    String key = button(r, ReplyButton.Action.HELPFUL).id().substring("ab:up:".length());
    assertThat(sink.records).extracting(Feedback::answerKey).containsOnly(key);
  }

  @Test
  void votesOnTwoAnswersAreTwoVotes() {
    ChatService chat = service(three);
    Reply first = reply(chat.handleMessage(ALICE, "Who designed the building?"));
    Reply second = reply(chat.handleMessage(ALICE, "When did it open?"));
    chat.handleButton(ALICE, button(first, ReplyButton.Action.HELPFUL).id());
    chat.handleButton(ALICE, button(second, ReplyButton.Action.HELPFUL).id());
    assertThat(sink.records).hasSize(2);
  }

  @Test
  void logsNameUsersByTheFeedbackHashNeverTheirId() {
    ChatService chat = service(three);
    assertThat(chat.hashedId(ALICE)).isEqualTo(sink.hashUser(ALICE)).doesNotContain(ALICE.id());
  }

  @Test
  void sourcesListSkippedArticles() {
    ChatService chat = new ChatService(three, List.of(ChatFixtures.ARTICLE.info()), List.of("broken.txt: not UTF-8 text"),
        new ChatLimits(500, Duration.ZERO, 100), sink, clock, ChatMetrics.NONE);
    Reply sources = reply(chat.handleMessage(ALICE, "sources"));
    assertThat(sources.body()).contains(ChatFixtures.ARTICLE.title()).contains("Not loaded (1)").contains("broken.txt: not UTF-8 text");
    assertThat(reply(service(three).handleMessage(ALICE, "sources")).body()).doesNotContain("Not loaded");
  }

  @Test
  void metricsHearHowEveryQuestionEnded() {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ChatMetrics metrics = (platform, outcome, took) -> {
      assertThat(took.isNegative()).isFalse();
      seen.add(platform + ":" + outcome);
    };
    ChatService chat = new ChatService(q -> new StubAnswerer(q.text().contains("France") ? 0 : 1).answer(q),
        List.of(ChatFixtures.ARTICLE.info()), List.of(), new ChatLimits(500, Duration.ZERO, 100), sink, clock, metrics);
    chat.handleMessage(ALICE, "Who designed the building?");
    chat.handleMessage(ALICE, "What is the capital of France?");
    chat.handleMessage(ALICE, "🙂");
    chat.handleMessage(ALICE, "help");
    assertThat(seen).containsExactly("discord:ANSWERED", "discord:ABSTAINED", "discord:REFUSED");
  }
}
