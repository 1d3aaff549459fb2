package io.articlebot.app.console;

import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The third front end: chat on standard input and output, through the same {@link ChatService}
 * and reply model as Discord and Slack. The buttons become words: {@code more}, {@code +1},
 * {@code -1}.
 */
public final class ConsoleChat {
  private static final ChatUser USER = new ChatUser("console", "local", "you", false);

  private final ChatService chat;
  private final PlainTextRenderer renderer;
  private List<ReplyButton> lastButtons = List.of();

  public ConsoleChat(ChatService chat, PlainTextRenderer renderer) {
    this.chat = chat;
    this.renderer = renderer;
  }

  public void run(BufferedReader in, PrintStream out, boolean prompt) throws IOException {
    out.println("article-bot: ask me about " + describeArticles() + ".");
    out.println("Type a question, or: help, about, sources, more, +1, -1, quit.");
    BoundedLineReader lines = new BoundedLineReader(in, BoundedLineReader.DEFAULT_LIMIT);
    while (true) {
      if (prompt) {
        out.print("you> ");
        out.flush();
      }
      BoundedLineReader.Line read = lines.readLine();
      if (read == null) {
        out.println();
        return;
      }
      if (read.truncated()) {
        out.println(indent(renderer.render(chat.tooLong(read.length()))));
        out.println();
        continue;
      }
      String line = read.text();
      String word = line.strip().toLowerCase(Locale.ROOT);
      if (word.equals("quit") || word.equals("exit") || word.equals("/quit")) {
        return;
      }
      if (word.isEmpty()) {
        continue;
      }
      ReplyButton.Action action = actionFor(word);
      Optional<Reply> reply;
      if (action == null) {
        reply = chat.handleMessage(USER, line);
      } else {
        Optional<ReplyButton> button = lastButtons.stream().filter(b -> b.action() == action).findFirst();
        reply = button.isPresent()
            ? chat.handleButton(USER, button.get().id())
            : Optional.of(Reply.notice(action == ReplyButton.Action.MORE_QUOTES
                ? "There are no more quotes to show; ask a question first."
                : "Ask a question first, then tell me whether the answer helped."));
      }
      reply.ifPresent(r -> {
        if (!r.buttons().isEmpty()) {
          lastButtons = r.buttons();
        } else if (action == ReplyButton.Action.MORE_QUOTES) {
          lastButtons = lastButtons.stream().filter(b -> b.action() != ReplyButton.Action.MORE_QUOTES).toList();
        }
        out.println(indent(renderer.render(r)));
        out.println();
      });
      out.flush();
    }
  }

  private static ReplyButton.Action actionFor(String word) {
    return switch (word) {
      case "more", "more quotes" -> ReplyButton.Action.MORE_QUOTES;
      case "+1", "👍", "helpful" -> ReplyButton.Action.HELPFUL;
      case "-1", "👎", "not helpful" -> ReplyButton.Action.NOT_HELPFUL;
      default -> null;
    };
  }

  private String describeArticles() {
    var infos = chat.articles();
    return infos.size() == 1 ? "\"" + infos.get(0).title() + "\"" : infos.size() + " articles";
  }

  private static String indent(String text) {
    return "bot> " + text.replace("\n", "\n     ");
  }
}
