package io.articlebot.core.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The commands every front end offers, as slash commands or as the first word of a message. */
public enum ChatCommand {
  ASK("Ask a question about the article"),
  ABOUT("What article(s) I know, their source and size"),
  HELP("How to use me"),
  SOURCES("Where the articles come from");

  /** "sources refresh", "/sources refresh": an admin asking for the articles to be read again. */
  private static final Pattern SOURCES_REFRESH = Pattern.compile("(?i)[/!]?sources\\s+refresh[.!]?");
  private static final Pattern DECORATION = Pattern.compile("^[/!]|[?.!]+$");

  private final String description;

  ChatCommand(String description) {
    this.description = description;
  }

  /** Slash command name, e.g. {@code ask}. */
  public String slashName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  /** The command a whole message names on its own ("help", "about", "sources"), if any. */
  public static Optional<ChatCommand> namedBy(String message) {
    if (SOURCES_REFRESH.matcher(message.strip()).matches()) {
      return Optional.of(SOURCES);
    }
    if (message.length() > 12) {
      return Optional.empty(); // longer than any command word: a question
    }
    String word = DECORATION.matcher(message.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    for (ChatCommand c : values()) {
      if (c != ASK && c.slashName().equals(word)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
