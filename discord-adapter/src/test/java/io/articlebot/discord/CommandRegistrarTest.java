package io.articlebot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CommandRegistrarTest {
  private static final String GUILD = "987654321098765432";

  private final CommandListUpdateAction update = Fixtures.action(CommandListUpdateAction.class);

  private ReadyEvent ready(int shard, int total) {
    JDA jda = mock(JDA.class);
    when(jda.getShardInfo()).thenReturn(new JDA.ShardInfo(shard, total));
    when(jda.updateCommands()).thenReturn(update);
    ReadyEvent event = mock(ReadyEvent.class);
    when(event.getJDA()).thenReturn(jda);
    return event;
  }

  @Test
  void withoutAGuildTheCommandsAreRegisteredGloballyOncePerProcess() {
    CommandRegistrar registrar = new CommandRegistrar(Optional.empty(), "invite", new DiscordErrorHandler());

    registrar.onReady(ready(0, 2));
    registrar.onReady(ready(1, 2));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Collection<CommandData>> commands = ArgumentCaptor.forClass(Collection.class);
    verify(update, times(1)).addCommands(commands.capture());
    assertThat(commands.getValue()).extracting(CommandData::getName).containsExactly("ask", "about", "help", "sources");
  }

  @Test
  void withAGuildTheCommandsGoToThatGuildOnly() {
    CommandRegistrar registrar = new CommandRegistrar(Optional.of(GUILD), "invite", new DiscordErrorHandler());
    Guild guild = mock(Guild.class);
    when(guild.getId()).thenReturn(GUILD);
    CommandListUpdateAction guildUpdate = Fixtures.action(CommandListUpdateAction.class);
    when(guild.updateCommands()).thenReturn(guildUpdate);
    GuildReadyEvent guildReady = mock(GuildReadyEvent.class);
    when(guildReady.getGuild()).thenReturn(guild);
    Guild other = mock(Guild.class);
    when(other.getId()).thenReturn("111111111111111111");
    GuildReadyEvent otherReady = mock(GuildReadyEvent.class);
    when(otherReady.getGuild()).thenReturn(other);

    registrar.onReady(ready(0, 1));
    registrar.onGuildReady(otherReady);
    registrar.onGuildReady(guildReady);

    verify(update, never()).addCommands(anyCollection());
    verify(other, never()).updateCommands();
    verify(guildUpdate).addCommands(anyCollection());
    verify(guildUpdate).queue(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
  }

  @Test
  void askTakesARequiredQuestionAnOptionalPrivateFlagAndAnArticleWithSuggestions() {
    SlashCommandData ask = SlashCommands.all().get(0);

    assertThat(ask.getName()).isEqualTo("ask");
    assertThat(ask.getOptions()).extracting(o -> o.getName() + ":" + o.getType() + ":" + o.isRequired() + ":" + o.isAutoComplete())
        .containsExactly("question:" + OptionType.STRING + ":true:false", "private:" + OptionType.BOOLEAN + ":false:false",
            "article:" + OptionType.STRING + ":false:true");
    assertThat(SlashCommands.all()).allSatisfy(c -> assertThat(c.getDescription()).isNotBlank());
  }

  @Test
  void theBotAsksForNoPrivilegedIntent() {
    assertThat(DiscordFrontEnd.INTENTS).containsExactlyInAnyOrder(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
        .doesNotContain(GatewayIntent.MESSAGE_CONTENT);
    assertThat(List.copyOf(GatewayIntent.getIntents(GatewayIntent.getRaw(DiscordFrontEnd.INTENTS))))
        .noneMatch(i -> GatewayIntent.MESSAGE_CONTENT == i || GatewayIntent.GUILD_MEMBERS == i || GatewayIntent.GUILD_PRESENCES == i);
  }
}
