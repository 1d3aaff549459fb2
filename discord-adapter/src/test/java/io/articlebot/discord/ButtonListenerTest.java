package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.answer;
import static io.articlebot.discord.Fixtures.quote;
import static io.articlebot.discord.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.articlebot.core.chat.Feedback;
import io.articlebot.discord.Fixtures.FakeFeedback;
import io.articlebot.discord.Harness.Interaction;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class ButtonListenerTest {
  private final FakeFeedback feedback = new FakeFeedback();
  private final User ann = user("111111111111111111", false);
  private final User bob = user("222222222222222222", false);
  private final Harness harness = new Harness(Fixtures.chat(q -> answer(q.text(),
      quote("DeepSeek was founded by Liang Wenfeng in 2023.", 9, "founded"),
      quote("Liang also runs the hedge fund High-Flyer.", 12, "Liang"),
      quote("The company is based in Hangzhou.", 3)), feedback));

  /** Asks once and returns the buttons under the answer. */
  private List<Button> askAndGetButtons() {
    Interaction<SlashCommandInteractionEvent> ask = Harness.slash("ask", ann, "Who founded DeepSeek?", null);
    harness.slash.onSlashCommandInteraction(ask.event);
    harness.runWorkers();
    return ask.onlySent().getComponents().get(0).asActionRow().getButtons();
  }

  private static String idOf(List<Button> buttons, String labelStart) {
    return buttons.stream().filter(b -> b.getLabel().startsWith(labelStart)).findFirst().orElseThrow().getCustomId();
  }

  @Test
  void anAnswerHasMoreQuotesAndFeedbackButtons() {
    assertThat(askAndGetButtons()).extracting(Button::getLabel).containsExactly("More quotes (2)", "👍 Helpful", "👎 Not helpful");
  }

  @Test
  void moreQuotesPostsTheOtherQuotesForEveryone() {
    String more = idOf(askAndGetButtons(), "More quotes");
    Interaction<ButtonInteractionEvent> click = Harness.click(more, bob);

    harness.buttons.onButtonInteraction(click.event);
    assertThat(click.sent).isEmpty();
    harness.runWorkers();

    verify(click.event).deferReply(true);
    MessageEmbed embed = click.onlySent().getEmbeds().get(0);
    assertThat(embed.getTitle()).isEqualTo("More on: Who founded DeepSeek?");
    assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName)
        .containsExactly("DeepSeek stirs the U.S. AI sector, ¶ 12", "DeepSeek stirs the U.S. AI sector, ¶ 3");
    // The private "thinking…" placeholder goes, so the quotes can be public.
    InOrder order = inOrder(click.hook, click.followUps.get(0));
    order.verify(click.hook).deleteOriginal();
    order.verify(click.hook).sendMessage(any(MessageCreateData.class));
    order.verify(click.followUps.get(0)).setEphemeral(false);
    verify(click.followUps.get(0)).setAllowedMentions(List.of());
  }

  @Test
  void thumbsUpReachesTheFeedbackSinkAndIsAcknowledgedPrivately() {
    String up = idOf(askAndGetButtons(), "👍");
    Interaction<ButtonInteractionEvent> click = Harness.click(up, bob);

    harness.buttons.onButtonInteraction(click.event);
    harness.runWorkers();

    assertThat(feedback.records).hasSize(1);
    Feedback f = feedback.records.get(0);
    assertThat(f.helpful()).isTrue();
    assertThat(f.userHash()).isEqualTo("hash-" + bob.getId());
    assertThat(f.question()).isEqualTo("Who founded DeepSeek?");
    assertThat(f.quoteIds()).hasSize(3);
    assertThat(click.onlySent().getContent()).contains("Thanks");
    verify(click.hook).editOriginal(any(net.dv8tion.jda.api.utils.messages.MessageEditData.class));
    verify(click.hook, never()).sendMessage(any(MessageCreateData.class));
    verify(click.hook, never()).deleteOriginal();
  }

  @Test
  void thumbsDownIsRecordedAsNotHelpful() {
    String down = idOf(askAndGetButtons(), "👎");
    Interaction<ButtonInteractionEvent> click = Harness.click(down, bob);

    harness.buttons.onButtonInteraction(click.event);
    harness.runWorkers();

    assertThat(feedback.records).extracting(Feedback::helpful).containsExactly(false);
  }

  @Test
  void aClickOnAForeignButtonRemovesThePlaceholderAndSaysNothing() {
    Interaction<ButtonInteractionEvent> click = Harness.click("someone-else:1", bob);

    harness.buttons.onButtonInteraction(click.event);
    harness.runWorkers();

    verify(click.hook).deleteOriginal();
    assertThat(click.sent).isEmpty();
    assertThat(feedback.records).isEmpty();
  }
}
