package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Library;
import io.articlebot.app.Main;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.console.BoundedLineReader;
import io.articlebot.app.console.LinesAhead;
import io.articlebot.app.console.PlainTextRenderer;
import io.articlebot.core.article.Article;
import io.articlebot.core.chat.ChatService;
import io.articlebot.core.chat.ChatUser;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Answers one question, or every line of standard input with {@code -}. Not throttled. "help",
 * "about" and "sources" run those commands. A line longer than {@link BoundedLineReader#DEFAULT_LIMIT}
 * is not kept: it gets the "too long" reply, like any question over the length limit.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question (or each line of stdin with '-').")
public final class AskCommand implements Callable<Integer> {
  private static final ChatUser CLI_USER = new ChatUser("cli", "local", "cli", false);
  /** Lines read ahead of the one being answered: enough to keep the worker busy, few enough to hold. */
  private static final int LOOK_AHEAD = 4;
  /**
   * Questions embedded at once ahead of the one answered. The model run on one text leaves much of a
   * second core idle: two runs at a time embed about 1.4 times as many questions a second on 2 cores.
   */
  private static final int AHEAD_WORKERS = Math.min(2, Runtime.getRuntime().availableProcessors());

  @ParentCommand
  Main parent;

  @Option(names = "--json", description = "Print one JSON object per question.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question, or '-' to read one question per line from stdin.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    try (Library library = Library.open(config, Chats::note)) {
      return answer(config, library);
    }
  }

  private int answer(BotConfig config, Library library) throws java.io.IOException, io.articlebot.core.chat.StartupException {
    Knowledge knowledge = library.current();
    knowledge.warnSkipped(System.err);
    ChatService chat = Chats.forQuestions(library, config);
    library.awaitModel();
    Map<String, Article> byId = knowledge.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    AnswerJson jsonWriter = new AnswerJson(byId);
    PlainTextRenderer text = new PlainTextRenderer(System.console() != null, false);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    String question = String.join(" ", words);
    int shownChars = config.chatLimits().maxQuestionChars();
    if (question.equals("-")) {
      BoundedLineReader in = new BoundedLineReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), BoundedLineReader.DEFAULT_LIMIT);
      ExecutorService ahead = Executors.newFixedThreadPool(AHEAD_WORKERS, daemon("embed-ahead"));
      try (LinesAhead lines = new LinesAhead(in, LOOK_AHEAD, line -> ahead.execute(() -> prepare(chat, line)))) {
        for (BoundedLineReader.Line line; (line = lines.next()) != null; ) {
          answer(chat, line, shownChars, jsonWriter, text, out);
          out.flush();
        }
      } finally {
        ahead.shutdownNow();
      }
    } else {
      answer(chat, new BoundedLineReader.Line(question, question.length()), shownChars, jsonWriter, text, out);
    }
    out.flush();
    return 0;
  }

  /**
   * Embeds a line's question on a worker while earlier lines are answered: the model is most of a
   * question's time and leaves a core idle. A follow-up the chat rewrites just misses the vector
   * made for it; the answers never change.
   */
  private static void prepare(ChatService chat, BoundedLineReader.Line line) {
    if (!line.truncated()) {
      chat.prepare(line.text());
    }
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private void answer(ChatService chat, BoundedLineReader.Line line, int shownChars, AnswerJson jsonWriter,
      PlainTextRenderer text, PrintStream out) {
    ChatService.Exchange x = line.truncated()
        ? new ChatService.Exchange(Optional.empty(), chat.tooLong(line.length()))
        : chat.exchangeMessage(CLI_USER, line.text());
    if (json) {
      out.println(jsonWriter.line(shown(line.text(), shownChars), x.answer().orElse(null), x.reply()));
    } else {
      out.println(text.render(x.reply()));
    }
  }

  /** A question too long to answer is shown by its start only, never echoed back whole. */
  private static String shown(String question, int maxChars) {
    if (question.length() <= maxChars) {
      return question;
    }
    int cut = Character.isHighSurrogate(question.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return question.substring(0, cut) + "…";
  }
}
