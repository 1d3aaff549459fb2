package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.answer;
import static io.articlebot.discord.Fixtures.quote;
import static io.articlebot.discord.Fixtures.user;
import static io.articlebot.discord.Harness.SELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.articlebot.core.chat.ChatLimits;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.conversation.Conversations;
import io.articlebot.discord.Fixtures.FakeFeedback;
import io.articlebot.discord.Harness.Posted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.IMentionable;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import org.junit.jupiter.api.Test;

/** Follow-ups through mocked JDA message events: DMs, channels, threads and reply chains. */
class DiscordConversationTest {
  private static final String MENTION = "<@" + Harness.SELF_ID + ">";
  private static final String CHANNEL = "500000000000000001";
  private static final String THREAD = "500000000000000002";
  private static final String DM = "500000000000000003";

  /** A clock that moves only when told to. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final List<String> asked = new ArrayList<>();
  private final ManualClock clock = new ManualClock();
  private final User ann = user("111111111111111111", false);
  private final User ben = user("222222222222222222", false);
  private final Harness harness = new Harness(new ChatService(q -> {
    asked.add(q.text());
    return answer(q.text(), quote("DeepSeek was founded by Liang Wenfeng in 2023.", 9, "founded"));
  }, List.of(Fixtures.ARTICLE), new ChatLimits(500, Duration.ZERO, 100), new FakeFeedback(), clock,
      new Conversations(List::of, Duration.ofMinutes(15), 100, clock)));
  private int nextId = 700;

  /** Posts a message; the bot's reply gets the next message id, which is returned. */
  private String post(User author, String content, ChannelType type, String channel, String replyingTo) {
    List<IMentionable> mentioned = type == ChannelType.PRIVATE ? List.of() : List.of(SELF);
    Posted posted = new Posted(author, (type == ChannelType.PRIVATE ? "" : MENTION + " ") + content, type, false, mentioned, false);
    when(posted.message.getChannelId()).thenReturn(channel);
    if (replyingTo != null) {
      MessageReference reference = mock(MessageReference.class);
      when(reference.getMessageId()).thenReturn(replyingTo);
      when(posted.message.getMessageReference()).thenReturn(reference);
    }
    Message sent = mock(Message.class);
    String id = Integer.toString(nextId++);
    when(sent.getId()).thenReturn(id);
    Fixtures.succeeds(posted.reply, sent);
    harness.mentions.onMessageReceived(posted.event);
    harness.runWorkers();
    lastReply = posted.onlySent().getEmbeds().isEmpty() ? posted.onlySent().getContent()
        : posted.onlySent().getEmbeds().get(0).getDescription() + " " + posted.onlySent().getEmbeds().get(0).getTitle();
    return id;
  }

  private String lastReply;

  @Test
  void aFollowUpInADmIsReadWithTheQuestionBefore() {
    post(ann, "who founded DeepSeek?", ChannelType.PRIVATE, DM, null);
    post(ann, "why?", ChannelType.PRIVATE, DM, null);
    assertThat(asked).containsExactly("who founded DeepSeek?", "why founded DeepSeek?");
    assertThat(lastReply).contains("Reading “why?” together with your last question, “who founded DeepSeek?”");
  }

  @Test
  void aFollowUpInAThreadIsReadWithTheQuestionBeforeButNotInTheChannel() {
    post(ann, "who founded DeepSeek?", ChannelType.GUILD_PUBLIC_THREAD, THREAD, null);
    post(ann, "when?", ChannelType.TEXT, CHANNEL, null);
    assertThat(asked).hasSize(1);
    assertThat(lastReply).contains("don't have an earlier question");
    post(ann, "when?", ChannelType.GUILD_PUBLIC_THREAD, THREAD, null);
    assertThat(asked).containsExactly("who founded DeepSeek?", "when founded DeepSeek?");
  }

  @Test
  void aNewTopicIsAskedAsTyped() {
    post(ann, "who founded DeepSeek?", ChannelType.TEXT, CHANNEL, null);
    post(ann, "How many GPUs did Nvidia ship?", ChannelType.TEXT, CHANNEL, null);
    assertThat(asked).containsExactly("who founded DeepSeek?", "How many GPUs did Nvidia ship?");
    assertThat(lastReply).doesNotContain("Reading").doesNotContain("Taking");
  }

  @Test
  void usersInAChannelDoNotShareContext() {
    post(ann, "who founded DeepSeek?", ChannelType.TEXT, CHANNEL, null);
    post(ben, "why?", ChannelType.TEXT, CHANNEL, null);
    assertThat(asked).hasSize(1);
    assertThat(lastReply).contains("don't have an earlier question");
  }

  @Test
  void aReplyToTheBotsAnswerGoesOnWithThatAnswerWhoeverReplies() {
    String answerId = post(ann, "who founded DeepSeek?", ChannelType.TEXT, CHANNEL, null);
    post(ann, "Is Nvidia selling chips?", ChannelType.TEXT, CHANNEL, null);
    String second = post(ben, "why?", ChannelType.TEXT, CHANNEL, answerId);
    assertThat(asked).last().isEqualTo("why founded DeepSeek?");
    post(ann, "when?", ChannelType.TEXT, CHANNEL, second);
    assertThat(asked).last().isEqualTo("when founded DeepSeek?");
    post(ann, "why?", ChannelType.TEXT, CHANNEL, null);
    assertThat(asked).last().isEqualTo("why is Nvidia selling chips?");
  }

  @Test
  void contextExpiresAfterTheIdleTime() {
    post(ann, "who founded DeepSeek?", ChannelType.TEXT, CHANNEL, null);
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    post(ann, "why?", ChannelType.TEXT, CHANNEL, null);
    assertThat(asked).hasSize(1);
    assertThat(lastReply).contains("don't have an earlier question");
  }
}
