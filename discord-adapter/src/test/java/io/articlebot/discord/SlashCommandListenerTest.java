package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.answer;
import static io.articlebot.discord.Fixtures.quote;
import static io.articlebot.discord.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.articlebot.core.answer.Question;
import io.articlebot.discord.Fixtures.FakeFeedback;
import io.articlebot.discord.Harness.Interaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class SlashCommandListenerTest {
  private final List<Question> asked = new ArrayList<>();
  private final User ann = user("111111111111111111", false);
  private final Harness harness = new Harness(Fixtures.chat(q -> {
    asked.add(q);
    return answer(q.text(), quote("DeepSeek was founded by Liang Wenfeng in 2023.", 9, "founded"));
  }, new FakeFeedback(), Duration.ofSeconds(3)));

  @Test
  void askIsDeferredFirstThenAnsweredThroughTheHookFromOurExecutor() {
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who founded DeepSeek?", null);

    harness.slash.onSlashCommandInteraction(call.event);

    verify(call.event).deferReply(false);
    assertThat(asked).as("nothing asked on JDA's event thread").isEmpty();
    assertThat(call.sent).isEmpty();

    harness.runWorkers();

    assertThat(asked).extracting(Question::text).containsExactly("Who founded DeepSeek?");
    MessageEmbed embed = call.onlySent().getEmbeds().get(0);
    assertThat(embed.getTitle()).isEqualTo("Who founded DeepSeek?");
    assertThat(embed.getFields()).hasSize(1);
    assertThat(embed.getFields().get(0).getName()).isEqualTo("DeepSeek stirs the U.S. AI sector, ¶ 9");
    assertThat(embed.getFields().get(0).getValue()).isEqualTo("> DeepSeek was **founded** by Liang Wenfeng in 2023.\n"
        + "[Read it in the article ↗](https://example.com/a#:~:text=DeepSeek%20was%20founded%20by%20Liang%20Wenfeng%20in%202023.)");
    assertThat(embed.getFooter().getText()).isEqualTo("Source: Reuters, 27 January 2025 · confidence 87%");
    InOrder order = inOrder(call.event, call.hook);
    order.verify(call.event).deferReply(false);
    order.verify(call.hook).editOriginal(any(MessageEditData.class));
    verify(call.edits.get(0)).setAllowedMentions(List.of());
    verify(call.hook, never()).sendMessage(any(MessageCreateData.class));
    verify(call.hook, never()).deleteOriginal();
  }

  @Test
  void aPrivateAskIsDeferredAndAnsweredEphemerally() {
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who founded DeepSeek?", true);

    harness.slash.onSlashCommandInteraction(call.event);
    harness.runWorkers();

    verify(call.event).deferReply(true);
    verify(call.event, never()).deferReply(false);
    verify(call.hook).editOriginal(any(MessageEditData.class));
    verify(call.hook, never()).sendMessage(any(MessageCreateData.class));
    assertThat(call.onlySent().getEmbeds()).hasSize(1);
  }

  @Test
  void aCooldownNoticeIsEphemeralEvenAfterAPublicDeferral() {
    Interaction<SlashCommandInteractionEvent> first = Harness.slash("ask", ann, "Who founded DeepSeek?", null);
    Interaction<SlashCommandInteractionEvent> second = Harness.slash("ask", ann, "And when?", null);

    harness.slash.onSlashCommandInteraction(first.event);
    harness.slash.onSlashCommandInteraction(second.event);
    harness.runWorkers();

    assertThat(asked).hasSize(1);
    assertThat(second.onlySent().getContent()).contains("faster than I can keep up");
    InOrder order = inOrder(second.hook, second.deleteOriginal, second.followUps.get(0));
    order.verify(second.hook).deleteOriginal();
    order.verify(second.hook).sendMessage(any(MessageCreateData.class));
    order.verify(second.followUps.get(0)).setEphemeral(true);
  }

  @Test
  void helpAboutAndSourcesAnswerWithoutAsking() {
    for (String name : List.of("help", "about", "sources")) {
      Interaction<SlashCommandInteractionEvent> call = Harness.slash(name, ann, null, null);
      harness.slash.onSlashCommandInteraction(call.event);
      harness.runWorkers();
      MessageEmbed embed = call.onlySent().getEmbeds().get(0);
      assertThat(embed.getTitle()).isEqualToIgnoringCase(name);
      assertThat(embed.getDescription()).isNotBlank();
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void everyoneInTheQuestionAndInTheQuoteNeverPings() {
    Harness pinging = new Harness(Fixtures.chat(
        q -> answer(q.text(), quote("Then @everyone at <@&123> heard it from <@42>.", 4, "everyone")), new FakeFeedback()));
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "did @everyone <@&123> hear it?", null);

    pinging.slash.onSlashCommandInteraction(call.event);
    pinging.runWorkers();

    verify(call.edits.get(0)).setAllowedMentions(List.of());
    MessageEmbed embed = call.onlySent().getEmbeds().get(0);
    assertThat(embed.getTitle()).doesNotContain("@everyone").doesNotContain("<@&123>");
    assertThat(embed.getFields().get(0).getValue()).contains("\\@**everyone**").contains("\\<\\@&123\\>").doesNotContain("<@42>");
  }

  @Test
  void aFailureInTheCoreGetsAPoliteEphemeralReplyAndOneLogLine() {
    Harness failing = new Harness(Fixtures.chat(q -> {
      throw new IllegalStateException("index is gone");
    }, new FakeFeedback()));
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who founded DeepSeek?", null);

    failing.slash.onSlashCommandInteraction(call.event);
    failing.runWorkers();

    assertThat(call.onlySent().getContent()).isEqualTo(DiscordErrorHandler.APOLOGY);
    verify(call.hook).deleteOriginal();
    verify(call.followUps.get(0)).setEphemeral(true);
    assertThat(Fixtures.logLines(failing.log)).isEqualTo(1);
  }

  @Test
  void aRestFailureWhenAnsweringIsLoggedOnceAndSwallowed() {
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who founded DeepSeek?", null);
    // The follow-up is refused (e.g. the hook expired): JDA calls our failure callback.
    org.mockito.Mockito.when(call.hook.editOriginal(any(MessageEditData.class))).thenAnswer(inv -> {
      var edit = Fixtures.action(net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction.class);
      Fixtures.fails(edit, Harness.restError(ErrorResponse.UNKNOWN_WEBHOOK));
      call.sent.add(inv.getArgument(0));
      return edit;
    });

    harness.slash.onSlashCommandInteraction(call.event);
    harness.runWorkers();

    assertThat(call.sent).hasSize(1);
    assertThat(Fixtures.logLines(harness.log)).isEqualTo(1);
    verify(harness.log).warn(any(String.class), any(Object.class), any(Object.class));
  }

  @Test
  void anInteractionThatCannotBeAcknowledgedIsLoggedOnceAndNotAnswered() {
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who founded DeepSeek?", null);
    Fixtures.fails(call.defer, Harness.restError(ErrorResponse.UNKNOWN_INTERACTION));

    harness.slash.onSlashCommandInteraction(call.event);
    harness.runWorkers();

    assertThat(asked).isEmpty();
    assertThat(call.sent).isEmpty();
    assertThat(Fixtures.logLines(harness.log)).isEqualTo(1);
  }

  @Test
  void aQuoteLongerThanAnEmbedDescriptionArrivesInVerbatimPiecesWithinTheLimits() {
    String text = EmbedRendererTest.longQuoteText();
    Harness verbose = new Harness(Fixtures.chat(q -> answer(q.text(), quote(text, 9, "Nvidia")), new FakeFeedback()));
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "What happened to Nvidia?", null);

    verbose.slash.onSlashCommandInteraction(call.event);
    verbose.runWorkers();

    var data = call.onlySent();
    assertThat(text.length()).isGreaterThan(4096);
    assertThat(data.getContent()).hasSizeLessThanOrEqualTo(2000);
    MessageEmbed embed = data.getEmbeds().get(0);
    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    assertThat(embed.getFields()).hasSizeGreaterThan(3).allSatisfy(f -> {
      assertThat(f.getName()).hasSizeLessThanOrEqualTo(256);
      assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024);
      if (f.getValue().startsWith("> ")) {
        assertThat(text).contains(DiscordMarkdown.strip(f.getValue()));
      }
    });
    assertThat(embed.getFields().get(0).getValue()).contains("**Nvidia**");
  }

  @Test
  void whenTheWorkersAreFullTheAskerIsToldPolitely() {
    DiscordErrorHandler errors = new DiscordErrorHandler(harness.log);
    InteractionResponder full = new InteractionResponder(new ChatTask(new EmbedRenderer(), errors), task -> {
      throw new java.util.concurrent.RejectedExecutionException("queue full");
    }, errors);
    SlashCommandListener listener = new SlashCommandListener(Fixtures.chat(q -> {
      throw new AssertionError("not asked");
    }, new FakeFeedback()), full);
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who founded DeepSeek?", null);

    listener.onSlashCommandInteraction(call.event);

    assertThat(call.onlySent().getContent()).isEqualTo(DiscordErrorHandler.BUSY);
    verify(call.followUps.get(0)).setEphemeral(true);
    assertThat(Fixtures.logLines(harness.log)).isEqualTo(1);
  }

  @Test
  void unknownCommandsAreLeftAlone() {
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("other", ann, null, null);

    harness.slash.onSlashCommandInteraction(call.event);

    verify(call.event, never()).deferReply(anyBoolean());
  }


  @Test
  void everyInteractionEndsOnceAndOneTooManyIsToldAtOnceThatTheBotIsBusy() {
    List<String> ended = new ArrayList<>();
    io.articlebot.core.chat.InFlight inFlight = new io.articlebot.core.chat.InFlight(1, 0,
        (r, answered, why) -> ended.add(r.what() + ": " + why), java.time.Clock.systemUTC());
    InteractionResponder bounded = new InteractionResponder(harness.chatTask, harness.queued::add, harness.errors, inFlight);
    SlashCommandListener listener = new SlashCommandListener(Fixtures.chat(q -> answer(q.text(), quote("DeepSeek was founded in 2023.", 9)),
        new FakeFeedback()), bounded);
    Interaction<SlashCommandInteractionEvent> first = Harness.slash("ask", ann, "Who founded DeepSeek?", null);
    Interaction<SlashCommandInteractionEvent> second = Harness.slash("ask", user("222222222222222222", false), "When?", null);

    listener.onSlashCommandInteraction(first.event);
    listener.onSlashCommandInteraction(second.event);

    verify(second.event, never()).deferReply(anyBoolean());
    assertThat(second.onlySent().getContent()).isEqualTo(DiscordErrorHandler.BUSY);
    verify(second.immediate).setEphemeral(true);
    assertThat(ended).isEmpty();
    harness.runWorkers();
    assertThat(ended).containsExactly("/ask from user hash-111111111111111111: answered");
    assertThat(inFlight.size()).isZero();
  }
}
