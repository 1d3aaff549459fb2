package io.articlebot.discord;

import static io.articlebot.discord.Fixtures.answer;
import static io.articlebot.discord.Fixtures.quote;
import static io.articlebot.discord.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.articlebot.core.answer.ArticleInfo;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.chat.ChatService;
import io.articlebot.discord.Fixtures.FakeFeedback;
import io.articlebot.discord.Harness.Interaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.Test;

/** {@code /ask article:} (with autocomplete) asks one article alone; {@code /sources refresh:} is for server admins. */
class ArticleOptionTest {
  private static final ArticleInfo HARBOR = new ArticleInfo("harbor-library", "Port Merrow Opens Its New Central Library", "", "", "",
      20, 40, 900);
  private static final ArticleInfo ROVER = new ArticleInfo("rover-news", "Tessera rover lands near the Moon's south pole", "", "", "",
      20, 40, 900);
  private final User ann = user("111111111111111111", false);
  private final List<String> answeredBy = new ArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();

  private ChatService chat() {
    QuestionAnswerer all = q -> {
      answeredBy.add("all");
      return answer(q.text(), quote("A quote from somewhere.", 3, "quote"));
    };
    ChatService chat = Fixtures.chat(all, new FakeFeedback(), Duration.ZERO);
    chat.replace(all, id -> q -> {
      answeredBy.add(id + ": " + q.text());
      return answer(q.text(), quote("A quote from " + id + ".", 3, "quote"));
    }, List.of(HARBOR, ROVER), List.of(), List.of());
    return chat.refreshWith(refreshes::incrementAndGet);
  }

  @Test
  void askWithAnArticleIsAnsweredFromThatArticleAlone() {
    Harness harness = new Harness(chat());
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who is the head librarian?", null);
    OptionMapping article = mock(OptionMapping.class);
    when(article.getAsString()).thenReturn("harbor-library");
    when(call.event.getOption(SlashCommands.ARTICLE)).thenReturn(article);

    harness.slash.onSlashCommandInteraction(call.event);
    harness.runWorkers();

    assertThat(answeredBy).containsExactly("harbor-library: Who is the head librarian?");
    assertThat(call.onlySent().getEmbeds().get(0).getTitle()).isEqualTo("Who is the head librarian?");
  }

  @Test
  void anUnknownArticleIsSaidSoAndNothingIsAsked() {
    Harness harness = new Harness(chat());
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("ask", ann, "Who is the head librarian?", null);
    OptionMapping article = mock(OptionMapping.class);
    when(article.getAsString()).thenReturn("cookbook");
    when(call.event.getOption(SlashCommands.ARTICLE)).thenReturn(article);

    harness.slash.onSlashCommandInteraction(call.event);
    harness.runWorkers();

    assertThat(answeredBy).isEmpty();
    assertThat(text(call)).contains("I don't know an article \"cookbook\"");
  }

  @Test
  void theArticleOptionSuggestsArticlesByIdOrTitle() {
    ChatService chat = chat();
    SlashCommandListener listener = new SlashCommandListener(chat, null);
    CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
    when(event.getName()).thenReturn("ask");
    AutoCompleteQuery focused = mock(AutoCompleteQuery.class);
    when(focused.getName()).thenReturn(SlashCommands.ARTICLE);
    when(focused.getValue()).thenReturn("tess");
    when(event.getFocusedOption()).thenReturn(focused);
    List<Command.Choice> offered = new ArrayList<>();
    AutoCompleteCallbackAction action = Fixtures.action(AutoCompleteCallbackAction.class);
    when(event.replyChoices(anyList())).thenAnswer(inv -> {
      offered.addAll(inv.getArgument(0));
      return action;
    });

    listener.onCommandAutoCompleteInteraction(event);

    assertThat(offered).extracting(Command.Choice::getAsString).containsExactly("rover-news");
    assertThat(offered.get(0).getName()).isEqualTo("Tessera rover lands near the Moon's south pole (rover-news)");
  }

  @Test
  void sourcesRefreshIsForServerAdminsOnly() {
    Harness harness = new Harness(chat());
    Interaction<SlashCommandInteractionEvent> member = sourcesRefresh(false);
    harness.slash.onSlashCommandInteraction(member.event);
    harness.runWorkers();
    assertThat(text(member)).contains("Only a server admin");
    assertThat(refreshes.get()).isZero();

    Interaction<SlashCommandInteractionEvent> admin = sourcesRefresh(true);
    harness.slash.onSlashCommandInteraction(admin.event);
    harness.runWorkers();
    assertThat(text(admin)).contains("Refreshing my sources");
    assertThat(refreshes.get()).isEqualTo(1);
  }

  private Interaction<SlashCommandInteractionEvent> sourcesRefresh(boolean admin) {
    Interaction<SlashCommandInteractionEvent> call = Harness.slash("sources", ann, null, null);
    OptionMapping refresh = mock(OptionMapping.class);
    when(refresh.getAsBoolean()).thenReturn(true);
    when(call.event.getOption(SlashCommands.REFRESH)).thenReturn(refresh);
    Member m = mock(Member.class);
    when(m.hasPermission(Permission.MANAGE_SERVER)).thenReturn(admin);
    when(call.event.getMember()).thenReturn(m);
    return call;
  }

  private static String text(Interaction<SlashCommandInteractionEvent> call) {
    var sent = call.onlySent();
    return sent.getContent() + sent.getEmbeds().stream().map(e -> e.getTitle() + " " + e.getDescription()).toList();
  }
}
