package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.conversation.ConversationFixtures;
import io.articlebot.core.conversation.ConversationFixtures.KeywordAnswerer;
import io.articlebot.core.conversation.ConversationKey;
import io.articlebot.core.conversation.Conversations;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-ups through the chat layer, with a keyword answerer over a small article and a fake clock. */
class ChatConversationTest {
  private static final Article ARTICLE = ConversationFixtures.ARTICLE;
  private static final ChatUser ANN = ChatUser.human("slack", "U1");
  private static final ChatUser BEN = ChatUser.human("slack", "U2");
  private static final ConversationKey ANN_HERE = ConversationKey.of("slack", "C1", "U1");
  private static final ConversationKey BEN_HERE = ConversationKey.of("slack", "C1", "U2");

  private final FakeClock clock = new FakeClock();
  private final KeywordAnswerer engine = new KeywordAnswerer();
  private final ChatService chat = new ChatService(engine, List.of(ARTICLE.info()), new ChatLimits(500, Duration.ZERO, 100),
      new ChatFixtures.RecordingSink(), clock, new Conversations(() -> List.of(ARTICLE), Duration.ofMinutes(15), 100, clock));

  private Reply say(ChatUser user, ConversationKey where, String text) {
    return chat.handleMessage(user, text, where).orElseThrow();
  }

  private static void assertVerbatim(Reply reply) {
    for (Quote q : reply.quotes()) {
      assertThat(ARTICLE.slice(q.start(), q.end())).isEqualTo(q.text());
      assertThat(ARTICLE.paragraph(q.citation().paragraph()).start()).isLessThanOrEqualTo(q.start());
      assertThat(ARTICLE.paragraph(q.citation().paragraph()).end()).isGreaterThanOrEqualTo(q.end());
    }
  }

  @Test
  void aPronounStandsForWhatTheLastQuestionWasAboutAndTheReplySaysSo() {
    say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    Reply r = say(ANN, ANN_HERE, "who started it?");

    assertThat(engine.last()).isEqualTo("who started Northwind Labs?");
    assertThat(r.title()).isEqualTo("who started it?");
    assertThat(r.body()).startsWith("Taking “it” as Northwind Labs: who started Northwind Labs?");
    assertThat(r.kind()).isEqualTo(ReplyKind.ANSWER);
    assertVerbatim(r);
  }

  @Test
  void theCompanyStandsForItToo() {
    say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    Reply r = say(ANN, ANN_HERE, "Where is the company based?");
    assertThat(engine.last()).isEqualTo("Where is Northwind Labs based?");
    assertThat(r.body()).startsWith("Taking “the company” as Northwind Labs");
  }

  @Test
  void heOrSheAfterAWhoQuestionIsThePersonTheAnswerNamed() {
    say(ANN, ANN_HERE, "Who is the founder?");
    say(ANN, ANN_HERE, "what did she study?");
    assertThat(engine.last()).isEqualTo("what did Ada Brennan study?");
  }

  @Test
  void aBareWhyIsReadWithTheLastQuestion() {
    say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    Reply r = say(ANN, ANN_HERE, "Why?");
    assertThat(engine.last()).isEqualTo("Why has Northwind Labs raised outside money?");
    assertThat(r.body()).startsWith("Taking “Why?” as: Why has Northwind Labs raised outside money?");
  }

  @Test
  void whatAboutSwapsTheTopicOfTheLastQuestion() {
    say(ANN, ANN_HERE, "When was Northwind Labs founded?");
    Reply r = say(ANN, ANN_HERE, "what about Orchard Systems?");
    assertThat(engine.last()).isEqualTo("When was Orchard Systems founded?");
    assertThat(r.quotes()).singleElement().satisfies(q -> assertThat(q.text()).contains("Orchard Systems"));
  }

  @Test
  void aNewQuestionOnANewTopicIgnoresTheContext() {
    say(ANN, ANN_HERE, "Who founded Northwind Labs?");
    Reply r = say(ANN, ANN_HERE, "When was Orchard Systems founded?");
    assertThat(engine.last()).isEqualTo("When was Orchard Systems founded?");
    assertThat(r.body()).isEmpty();
    assertThat(r.quotes().get(0).text()).contains("Orchard Systems");
  }

  @Test
  void contextIsNotSharedBetweenUsersInAChannel() {
    say(ANN, ANN_HERE, "Where is Northwind Labs based?");
    Reply bens = say(BEN, BEN_HERE, "who started it?");
    assertThat(engine.last()).isEqualTo("who started it?");
    assertThat(bens.body()).doesNotContain("Taking");
    say(BEN, BEN_HERE, "why?");
    assertThat(engine.last()).doesNotContain("Northwind");
    Reply fresh = say(BEN, ConversationKey.of("slack", "C2", "U2"), "why?");
    assertThat(fresh.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(fresh.body()).contains("don't have an earlier question");
  }

  @Test
  void contextIsForgottenAfterTheIdleTime() {
    say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    clock.advance(Duration.ofMinutes(14));
    say(ANN, ANN_HERE, "why?");
    assertThat(engine.last()).isEqualTo("why has Northwind Labs raised outside money?");
    clock.advance(Duration.ofMinutes(15));
    int asked = engine.asked.size();
    Reply r = say(ANN, ANN_HERE, "why?");
    assertThat(r.body()).contains("don't have an earlier question");
    assertThat(engine.asked).hasSize(asked);
    Reply more = say(ANN, ANN_HERE, "tell me more");
    assertThat(more.body()).contains("nothing to go on with");
  }

  @Test
  void moreShowsTheOtherQuotesThenTheSentencesAroundTheFirstThenSaysItIsAll() {
    Reply first = say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    assertThat(first.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Northwind Labs has not raised outside money."));
    Reply others = say(ANN, ANN_HERE, "more");
    assertThat(others.title()).isEqualTo("More on: Has Northwind Labs raised outside money?");
    assertThat(others.quotes()).extracting(Quote::text).doesNotContain("Northwind Labs has not raised outside money.");
    assertVerbatim(others);

    Reply around = say(ANN, ANN_HERE, "Could you tell me more?");
    assertThat(around.body()).contains("around the passage I quoted");
    assertThat(around.quotes()).isNotEmpty();
    assertVerbatim(around);
    String shown = String.join(" ", around.quotes().stream().map(Quote::text).toList());
    assertThat(shown).contains("Instead, it pays for research from its own sales.");

    Reply end = null;
    for (int i = 0; i < 6; i++) {
      end = say(ANN, ANN_HERE, "tell me more");
      assertVerbatim(end);
      if (end.kind() == ReplyKind.NOTICE) {
        break;
      }
    }
    assertThat(end.kind()).isEqualTo(ReplyKind.NOTICE);
    assertThat(end.body()).startsWith("That's all the article says around my answer");
  }

  @Test
  void moreWithNothingAskedSaysSo() {
    assertThat(say(ANN, ANN_HERE, "more").body()).contains("nothing to go on with yet");
    assertThat(chat.handleMessage(ANN, "tell me more").orElseThrow().body()).contains("nothing to go on with yet");
    assertThat(engine.asked).isEmpty();
  }

  @Test
  void aFollowUpWhosePassageIsNotAboutItsTopicIsNotAnswered() {
    say(ANN, ANN_HERE, "Where is Orchard Systems?");
    Reply r = say(ANN, ANN_HERE, "what was the weather like for it in Port Merrow?");
    assertThat(engine.last()).isEqualTo("what was the weather like for Orchard Systems in Port Merrow?");
    assertThat(r.kind()).isEqualTo(ReplyKind.NO_ANSWER);
    assertThat(r.body()).startsWith("Taking “it” as Orchard Systems").contains("The article doesn't say");
  }

  @Test
  void aFollowUpThatFindsTheSamePassageAgainSaysSoInsteadOfRepeatingIt() {
    say(ANN, ANN_HERE, "Where is Northwind Labs based?");
    Reply r = say(ANN, ANN_HERE, "how?");
    assertThat(r.quotes()).isEmpty();
    assertThat(r.body()).contains("already quoted (¶ 1)");
  }

  @Test
  void smallTalkAndGibberishGetTheHintNotAQuote() {
    assertThat(say(ANN, ANN_HERE, "thanks!").body()).startsWith("You're welcome");
    assertThat(say(ANN, ANN_HERE, "hello").body()).startsWith("Hello!").contains("help");
    assertThat(say(ANN, ANN_HERE, "asdf qwerty").body()).startsWith("I can't read that as a question");
    assertThat(engine.asked).isEmpty();
    assertThat(say(ANN, ANN_HERE, "robotics").kind()).isEqualTo(ReplyKind.ANSWER);
  }

  @Test
  void aReplyThatOpensAThreadStartsTheConversationThereToo() {
    ConversationKey thread = ConversationKey.of("slack", "C1/thread/1.2", "U1");
    say(ANN, ANN_HERE.alsoAt(thread), "Has Northwind Labs raised outside money?");
    say(ANN, thread, "why?");
    assertThat(engine.last()).isEqualTo("why has Northwind Labs raised outside money?");
    say(ANN, thread, "When was Orchard Systems founded?");
    say(ANN, ANN_HERE, "who started it?");
    assertThat(engine.last()).isEqualTo("who started Northwind Labs?");
  }

  @Test
  void theQuestionLogGetsWhatWasTypedWhatWasAnsweredAndTheLatestVote() {
    java.util.List<io.articlebot.core.questionlog.LoggedQuestion> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.List<String> votes = new java.util.concurrent.CopyOnWriteArrayList<>();
    chat.logQuestionsTo(new io.articlebot.core.questionlog.QuestionLog() {
      @Override
      public void question(io.articlebot.core.questionlog.LoggedQuestion q) {
        logged.add(q);
      }

      @Override
      public void vote(String answerKey, String userHash, boolean helpful, java.time.Instant time) {
        votes.add(answerKey + (helpful ? " up" : " down"));
      }
    });
    Reply first = say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    say(ANN, ANN_HERE, "who started it?");
    say(ANN, ANN_HERE, "more");
    say(ANN, ANN_HERE, "thanks");
    say(ANN, ANN_HERE, "How tall is the mayor?");

    assertThat(logged).extracting(io.articlebot.core.questionlog.LoggedQuestion::question)
        .containsExactly("Has Northwind Labs raised outside money?", "who started Northwind Labs?", "How tall is the mayor?");
    assertThat(logged.get(1).asked()).isEqualTo("who started it?");
    assertThat(logged).extracting(io.articlebot.core.questionlog.LoggedQuestion::answered).containsExactly(true, true, false);
    assertThat(logged.get(0).quoteIds()).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("northwind:"));
    assertThat(logged.get(0).frontEnd()).isEqualTo("slack");
    assertThat(logged.get(0).userHash()).doesNotContain("U1");

    String up = first.buttons().stream().filter(b -> b.action() == ReplyButton.Action.HELPFUL).findFirst().orElseThrow().id();
    String down = first.buttons().stream().filter(b -> b.action() == ReplyButton.Action.NOT_HELPFUL).findFirst().orElseThrow().id();
    chat.handleButton(ANN, up);
    chat.handleButton(ANN, up);
    chat.handleButton(ANN, down);
    String key = logged.get(0).answerKey();
    assertThat(votes).containsExactly(key + " up", key + " down");
  }

  @Test
  void aLinkedConversationGoesOnWhereItWasLinked() {
    say(ANN, ANN_HERE, "Has Northwind Labs raised outside money?");
    ConversationKey replies = ConversationKey.shared("discord", "reply/42");
    assertThat(chat.conversations().knows(replies)).isFalse();
    chat.conversations().link(ANN_HERE, replies);
    assertThat(chat.conversations().knows(replies)).isTrue();
    say(BEN, replies, "why?");
    assertThat(engine.last()).isEqualTo("why has Northwind Labs raised outside money?");
  }
}
