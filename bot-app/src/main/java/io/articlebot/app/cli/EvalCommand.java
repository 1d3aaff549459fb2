package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Library;
import io.articlebot.app.Main;
import io.articlebot.app.bench.PlainBm25;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.training.TrainingManifest;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.article.Article;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.eval.EvalQuestion;
import io.articlebot.core.eval.EvalReport;
import io.articlebot.core.eval.EvalSet;
import io.articlebot.core.eval.Evaluator;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.model.AnswerModel;
import io.articlebot.core.search.SearchEngine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Scores the bot on a labelled question set: JSON Lines, asked of the configured articles, or
 * SQuAD 2.0 JSON, whose every article is indexed and asked about alone.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the bot on a labelled question set: JSON Lines (asked of the configured articles) or SQuAD 2.0 JSON"
        + " (each of its articles asked about alone). Prints figures per article and in total, and the misses.")
public final class EvalCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Parameters(paramLabel = "FILE", description = "A .jsonl set ({\"id\",\"question\",\"answerable\",\"answers\"} per line) or a SQuAD 2.0 .json file.")
  Path file;

  @Option(names = "--baseline", description = "Score a plain Lucene BM25 sentence search instead, for comparison.")
  boolean baseline;

  @Option(names = "--explain", description = "Show how each missed question was read and ranked.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    try {
      return evaluate();
    } finally {
      if (library != null) {
        library.close();
      }
    }
  }

  private Library library;

  private Integer evaluate() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    EvalSet set = TrainingManifest.readSet(fileName(file), file);
    Map<String, SearchEngine> engines = new HashMap<>();
    Function<List<Article>, QuestionAnswerer> answerers;
    if (set.perArticle()) {
      EmbeddingStore store = EmbeddingStore.at(Knowledge.embeddingsDir(config.dataDir()));
      BgeSmallEmbedder.cacheIn(config.dataDir().resolve("models"));
      answerers = articles -> baseline ? new PlainBm25(articles)
          : engines.computeIfAbsent(articles.get(0).id(), id -> new SearchEngine(ArticleIndex.build(articles, BgeSmallEmbedder.shared(), store)));
    } else {
      library = Library.open(config, Chats::note);
      Knowledge knowledge = library.current();
      knowledge.warnSkipped(System.err);
      set = set.on(knowledge.articles());
      engines.put("", knowledge.engine());
      answerers = articles -> baseline ? new PlainBm25(articles) : knowledge.engine();
    }
    EvalReport report = Evaluator.run(set, answerers);
    if (baseline) {
      System.out.println("plain BM25 baseline (always answers)");
    } else if (AnswerModel.shipped().trainedOn().contains(set.name() + " (")) {
      System.out.println("note: the shipped model was trained on this set, so these figures are in-sample;"
          + " `./article-bot train` prints them cross-validated by article.");
    }
    System.out.println(report.format());
    if (explain && !baseline) {
      for (String missed : report.missed()) {
        String id = missed.split(" ")[0];
        for (EvalQuestion q : set.questions()) {
          if (q.id().equals(id)) {
            SearchEngine engine = engines.getOrDefault(set.perArticle() ? q.articleId() : "", null);
            if (engine != null) {
              System.out.println("\n" + q.id() + ": " + q.question() + "  expected " + q.answers());
              System.out.print(engine.explain(new Question(q.question())).describe(3));
            }
          }
        }
      }
    }
    return 0;
  }

  private static String fileName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.(jsonl|json)$", "");
  }
}
