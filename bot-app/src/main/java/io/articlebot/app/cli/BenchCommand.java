package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Main;
import io.articlebot.app.bench.Benchmarks;
import io.articlebot.app.bench.IndexBench;
import java.nio.file.Path;
import io.articlebot.app.config.BotConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Measures speed and memory; docs/performance.md records its figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure warm latency, memory, cold-start and batch time against plain Lucene BM25.")
public final class BenchCommand implements Callable<Integer> {
  @ParentCommand
  Main parent;

  @Option(names = "--queries", defaultValue = "4000", description = "Warm questions to time (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--cold-runs", defaultValue = "7", description = "Cold JVM runs per program (default ${DEFAULT-VALUE}; 0 skips).")
  int coldRuns;

  @Option(names = "--batch", defaultValue = "8000", description = "Questions for the batch comparison (default ${DEFAULT-VALUE}; 0 skips).")
  int batch;

  @Option(names = "--index-only", description = "With --articles: only the index on disk (first, second and changed starts,"
      + " warm latency, heap, disk), not the in-memory and plain-BM25 comparisons.")
  boolean indexOnly;

  @Option(names = "--bench-dir", paramLabel = "DIR", description = "With --articles: where the bench copies the articles and keeps"
      + " its index and embeddings (default: bench/ in the data folder).")
  Path benchDir;

  @Option(names = "--cold-embeddings", description = "With --articles: forget kept embeddings too, so the first start embeds every"
      + " sentence (slow: about 7 ms a sentence on 2 cores).")
  boolean coldEmbeddings;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    if (parent.options().articlesDir() != null) {
      Path work = benchDir != null ? benchDir : config.dataDir().resolve("bench");
      new IndexBench(parent.options().articlesDir(), work, coldEmbeddings).run(Math.min(queries, 5000), System.out);
      if (indexOnly) {
        return 0;
      }
    }
    Benchmarks b = new Benchmarks(config.articles());
    Knowledge knowledge = b.warm(queries, System.out);
    if (coldRuns > 0 || batch > 0) {
      b.processes(knowledge, coldRuns, batch, System.out);
    }
    return 0;
  }
}
