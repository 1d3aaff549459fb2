package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.answer;
import static io.articlebot.discord.Fixtures.quote;
import static io.articlebot.discord.Fixtures.user;
import static io.articlebot.discord.Harness.SELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.articlebot.core.answer.Question;
import io.articlebot.discord.Fixtures.FakeFeedback;
import io.articlebot.discord.Harness.Posted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.IMentionable;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class MentionListenerTest {
  private static final String MENTION = "<@" + Harness.SELF_ID + ">";

  private final List<Question> asked = new ArrayList<>();
  private final User ann = user("111111111111111111", false);
  private final Harness harness = new Harness(Fixtures.chat(q -> {
    asked.add(q);
    return answer(q.text(), quote("DeepSeek was founded by Liang Wenfeng in 2023.", 9, "founded"));
  }, new FakeFeedback(), Duration.ofSeconds(3)));

  private Posted post(User author, String content, ChannelType channel, List<IMentionable> mentioned) {
    Posted posted = new Posted(author, content, channel, false, mentioned, false);
    harness.mentions.onMessageReceived(posted.event);
    harness.runWorkers();
    return posted;
  }

  private static void assertRepliedWithoutPings(Posted posted) {
    verify(posted.message).reply(any(MessageCreateData.class));
    verify(posted.reply).mentionRepliedUser(false);
    verify(posted.reply).setAllowedMentions(List.of());
    verify(posted.reply).queue(any(), any());
  }

  @Test
  void aMentionInAChannelIsAnsweredAsAReplyWithTheMentionStripped() {
    Posted posted = post(ann, MENTION + " who founded DeepSeek?", ChannelType.TEXT, List.of(SELF));

    assertThat(asked).extracting(Question::text).containsExactly("who founded DeepSeek?");
    assertRepliedWithoutPings(posted);
    MessageEmbed embed = posted.onlySent().getEmbeds().get(0);
    assertThat(embed.getTitle()).isEqualTo("who founded DeepSeek?");
    assertThat(embed.getFields().get(0).getValue()).contains("**founded**");
  }

  @Test
  void aMentionInAThreadIsAnsweredInThatThreadAsAReply() {
    Posted posted = post(ann, "hey " + MENTION + ", when was it founded?", ChannelType.GUILD_PUBLIC_THREAD, List.of(SELF));

    assertThat(asked).extracting(Question::text).containsExactly("hey , when was it founded?");
    assertRepliedWithoutPings(posted);
    verify(posted.event, never()).getChannel();
  }

  @Test
  void aDirectMessageIsAnsweredWithoutAMention() {
    Posted posted = post(ann, "who founded DeepSeek?", ChannelType.PRIVATE, List.of());

    assertThat(asked).hasSize(1);
    assertRepliedWithoutPings(posted);
  }

  @Test
  void aMentionWithoutAQuestionGetsHelp() {
    Posted posted = post(ann, MENTION, ChannelType.TEXT, List.of(SELF));

    assertThat(asked).isEmpty();
    assertThat(posted.onlySent().getEmbeds().get(0).getTitle()).isEqualTo("Help");
  }

  @Test
  void messagesFromBotsAndWebhooksAreIgnored() {
    User otherBot = user("333333333333333333", true);
    Posted fromBot = post(otherBot, MENTION + " who founded DeepSeek?", ChannelType.TEXT, List.of(SELF));
    Posted webhook = new Posted(ann, MENTION + " who founded DeepSeek?", ChannelType.TEXT, true, List.of(SELF), false);
    harness.mentions.onMessageReceived(webhook.event);
    harness.runWorkers();

    assertThat(asked).isEmpty();
    verify(fromBot.message, never()).reply(any(MessageCreateData.class));
    verify(webhook.message, never()).reply(any(MessageCreateData.class));
  }

  @Test
  void everyoneHereAndRoleMentionsDoNotCountAsMentioningTheBot() {
    Posted everyone = new Posted(ann, "@everyone who founded DeepSeek?", ChannelType.TEXT, false, List.of(), true);
    harness.mentions.onMessageReceived(everyone.event);
    Role role = mock(Role.class);
    Posted roleMention = post(ann, "<@&555> who founded DeepSeek?", ChannelType.TEXT, List.of(role));
    Posted someoneElse = post(ann, "<@42> who founded DeepSeek?", ChannelType.TEXT, List.of(user("42", false)));
    harness.runWorkers();

    assertThat(asked).isEmpty();
    verify(everyone.message, never()).reply(any(MessageCreateData.class));
    verify(roleMention.message, never()).reply(any(MessageCreateData.class));
    verify(someoneElse.message, never()).reply(any(MessageCreateData.class));
  }

  @Test
  void everyoneInTheQuestionAndInTheQuoteNeverPings() {
    Harness pinging = new Harness(Fixtures.chat(
        q -> answer(q.text(), quote("Then @everyone and @here heard it.", 4, "heard")), new FakeFeedback()));
    Posted posted = new Posted(ann, MENTION + " @everyone @here who heard it?", ChannelType.TEXT, false, List.of(SELF), true);

    pinging.mentions.onMessageReceived(posted.event);
    pinging.runWorkers();

    assertRepliedWithoutPings(posted);
    MessageEmbed embed = posted.onlySent().getEmbeds().get(0);
    assertThat(embed.getTitle()).isEqualTo("who heard it?");
    assertThat(embed.getFields().get(0).getValue()).isEqualTo("> Then \\@everyone and \\@here **heard** it.\n"
        + "[Read it in the article ↗](https://example.com/a#:~:text=Then%20%40everyone%20and%20%40here%20heard%20it.)");
  }

  @Test
  void aSecondQuestionWithinTheCooldownGetsANoticeReply() {
    post(ann, MENTION + " who founded DeepSeek?", ChannelType.TEXT, List.of(SELF));
    Posted second = post(ann, MENTION + " and when?", ChannelType.TEXT, List.of(SELF));

    assertThat(asked).hasSize(1);
    assertThat(second.onlySent().getContent()).contains("faster than I can keep up");
    assertRepliedWithoutPings(second);
  }

  @Test
  void aFailureInTheCoreGetsAPoliteReplyAndOneLogLine() {
    Harness failing = new Harness(Fixtures.chat(q -> {
      throw new IllegalStateException("boom");
    }, new FakeFeedback()));
    Posted posted = new Posted(ann, MENTION + " who founded DeepSeek?", ChannelType.TEXT, false, List.of(SELF), false);

    failing.mentions.onMessageReceived(posted.event);
    failing.runWorkers();

    assertThat(posted.onlySent().getContent()).isEqualTo(DiscordErrorHandler.APOLOGY);
    assertRepliedWithoutPings(posted);
    assertThat(Fixtures.logLines(failing.log)).isEqualTo(1);
  }

  @Test
  void aMissingPermissionIsLoggedOnceAndTheBotCarriesOn() {
    Posted posted = new Posted(ann, MENTION + " who founded DeepSeek?", ChannelType.TEXT, false, List.of(SELF), false);
    Fixtures.fails(posted.reply, new InsufficientPermissionException(mock(Guild.class), Permission.MESSAGE_SEND));

    harness.mentions.onMessageReceived(posted.event);
    harness.runWorkers();
    Posted next = post(ann, MENTION + " help", ChannelType.TEXT, List.of(SELF));

    assertThat(Fixtures.logLines(harness.log)).isEqualTo(1);
    verify(harness.log).warn(any(String.class), any(Object.class), org.mockito.ArgumentMatchers.contains("missing permission"));
    assertThat(next.onlySent().getEmbeds().get(0).getTitle()).isEqualTo("Help");
  }

  @Test
  void nothingRunsOnTheEventThread() {
    Posted posted = new Posted(ann, MENTION + " who founded DeepSeek?", ChannelType.TEXT, false, List.of(SELF), false);

    harness.mentions.onMessageReceived(posted.event);

    assertThat(asked).isEmpty();
    assertThat(posted.sent).isEmpty();
    assertThat(harness.queued).hasSize(1);
    when(posted.message.getContentRaw()).thenReturn(MENTION + " who founded DeepSeek?");
    harness.runWorkers();
    assertThat(asked).hasSize(1);
  }
}
