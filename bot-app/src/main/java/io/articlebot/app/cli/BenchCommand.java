package io.articlebot.app.cli;

import io.articlebot.app.Knowledge;
import io.articlebot.app.Main;
import io.articlebot.app.bench.Benchmarks;
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

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    Benchmarks b = new Benchmarks(config.articles());
    Knowledge knowledge = b.warm(queries, System.out);
    if (coldRuns > 0 || batch > 0) {
      b.processes(knowledge, coldRuns, batch, System.out);
    }
    return 0;
  }
}
