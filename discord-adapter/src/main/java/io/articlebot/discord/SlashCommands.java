package io.articlebot.discord;

import io.articlebot.core.chat.ChatCommand;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The slash commands the bot registers: one per {@link ChatCommand}, usable in servers and DMs. */
final class SlashCommands {
  static final String QUESTION = "question";
  static final String PRIVATE = "private";
  static final String ARTICLE = "article";
  static final String REFRESH = "refresh";

  private SlashCommands() {}

  static List<SlashCommandData> all() {
    return Arrays.stream(ChatCommand.values()).map(SlashCommands::of).toList();
  }

  private static SlashCommandData of(ChatCommand command) {
    SlashCommandData data = Commands.slash(command.slashName(), command.description())
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    if (command == ChatCommand.ASK) {
      data.addOptions(
          new OptionData(OptionType.STRING, QUESTION, "Your question about the article", true),
          new OptionData(OptionType.BOOLEAN, PRIVATE, "Only you see the answer (default: no)", false),
          new OptionData(OptionType.STRING, ARTICLE, "Ask about this article alone (default: all I know)", false, true));
    } else if (command == ChatCommand.SOURCES) {
      data.addOptions(new OptionData(OptionType.BOOLEAN, REFRESH,
          "Read the articles again, fetching web pages anew (server admins: Manage Server)", false));
    }
    return data;
  }
}
