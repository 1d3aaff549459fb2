package io.articlebot.app.console;

import io.articlebot.core.chat.ChatCommand;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.chat.ReplyButton;
import io.articlebot.core.conversation.ConversationKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The third front end: chat on standard input and output, through the same {@link ChatService}
 * and reply model as Discord and Slack. The session is one conversation, so follow-ups work as in
 * a DM; the buttons become words: {@code more} (which goes on with the last answer), {@code +1},
 * {@code -1}.
 */
public final class ConsoleChat {
  private static final ChatUser USER = new ChatUser("console", "local", "you", false);

  private final ChatService chat;
  private final PlainTextRenderer renderer;
  private final ConversationKey session = ConversationKey.of("console", UUID.randomUUID().toString(), USER.id());
  private List<ReplyButton> lastButtons = List.of();
  /** Held while a line is being answered, so that a stop can let the answer finish first. */
  private final ReentrantLock answering = new ReentrantLock();

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
      answering.lock();
      try {
        answer(line, word, out);
      } finally {
        answering.unlock();
      }
    }
  }

  /**
   * Waits (at most {@code timeout}) for an answer being worked out to be printed; true when none is
   * or it was, false when it was still being worked on.
   */
  public boolean awaitIdle(Duration timeout) {
    try {
      if (answering.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        answering.unlock();
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void answer(String line, String word, PrintStream out) {
    ReplyButton.Action action = voteFor(word);
    Optional<Reply> reply;
    if (ChatCommand.namedBy(word).orElse(null) == ChatCommand.HELP) {
      reply = Optional.of(help());
    } else if (action == null) {
      reply = chat.handleMessage(USER, line, session, true); // whoever started the bot may refresh it
    } else {
      Optional<ReplyButton> button = lastButtons.stream().filter(b -> b.action() == action).findFirst();
      reply = button.isPresent()
          ? chat.handleButton(USER, button.get().id())
          : Optional.of(Reply.notice(action == ReplyButton.Action.CLOSEST
              ? "\"closest\" shows the passages nearest a question the article doesn't answer; there isn't one to show now."
              : "Ask a question first, then tell me whether the answer helped."));
    }
    reply.ifPresent(r -> {
      if (!r.buttons().isEmpty()) {
        // "more" is typed, not clicked here: it goes on with the answer through the conversation.
        lastButtons = r.buttons();
      }
      out.println(indent(renderer.render(r)));
      out.println();
    });
    out.flush();
  }

  /** The console's own help: what to type here, rather than the platforms' slash commands and buttons. */
  private Reply help() {
    return Reply.info("Help", "I answer questions about " + describeArticles() + " by quoting it word for word, with the"
        + " paragraph number. If the article doesn't say, I tell you so instead of guessing.\n"
        + "• Type a question and press Enter.\n"
        + "• Follow up in your own words: \"why?\", \"tell me more\", \"who runs it?\". I say how I read a follow-up;"
        + " a question on something new starts afresh.\n"
        + "• more: the answer's other quotes, then the sentences around it\n"
        + "• closest: after \"the article doesn't say\", the passages that came nearest (not an answer)\n"
        + "• +1 / -1: the last answer helped / did not help\n"
        + "• about: what I've read · sources: where it comes from (sources refresh: read them again) · help: this list\n"
        + "• article:ID question: ask about one article alone (its id is in \"about\")\n"
        + "• quit (or Ctrl-D): leave");
  }

  private static ReplyButton.Action voteFor(String word) {
    return switch (word) {
      case "+1", "👍", "helpful" -> ReplyButton.Action.HELPFUL;
      case "-1", "👎", "not helpful" -> ReplyButton.Action.NOT_HELPFUL;
      case "closest", "nearest", "closest passages" -> ReplyButton.Action.CLOSEST;
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
