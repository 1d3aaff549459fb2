package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Main;
import io.articlebot.app.bench.PlainBm25;
import io.articlebot.app.config.BotConfig;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.eval.EvalQuestion;
import io.articlebot.core.eval.EvalReport;
import io.articlebot.core.eval.EvalSetReader;
import io.articlebot.core.eval.Evaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Runs a labelled question set and prints containment, abstention and the questions missed. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the bot on a labelled question set (JSON Lines).")
public final class EvalCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Parameters(paramLabel = "FILE.jsonl", description = "One {\"id\",\"question\",\"answerable\",\"answers\"} object per line.")
  Path file;

  @Option(names = "--baseline", description = "Score a plain Lucene BM25 sentence search instead, for comparison.")
  boolean baseline;

  @Option(names = "--explain", description = "Show how each missed question was read and ranked.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    Knowledge knowledge = Knowledge.load(config);
    knowledge.warnSkipped(System.err);
    List<EvalQuestion> questions = read(file);
    QuestionAnswerer answerer = baseline ? new PlainBm25(knowledge.articles()) : knowledge.engine();
    EvalReport report = Evaluator.run(answerer, knowledge.articles(), questions);
    System.out.println((baseline ? "plain BM25 baseline\n" : "") + report.format());
    if (explain && !baseline) {
      for (String missed : report.missed()) {
        String id = missed.split(" ")[0];
        questions.stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(q -> {
          System.out.println("\n" + q.id() + ": " + q.question() + "  expected " + q.answers());
          System.out.print(knowledge.engine().explain(new Question(q.question())).describe(3));
        });
      }
    }
    return 0;
  }

  private static List<EvalQuestion> read(Path file) throws StartupException {
    try {
      return EvalSetReader.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new StartupException("Question set " + file.toAbsolutePath() + " not found. Check the path.", e);
    } catch (IOException e) {
      throw new StartupException("Cannot read question set " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new StartupException("Question set " + file + " is malformed: " + e.getMessage(), e);
    }
  }
}
