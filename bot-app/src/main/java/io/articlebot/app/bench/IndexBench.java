package io.articlebot.app.bench;

import io.articlebot.app.Library;
import io.articlebot.app.Main;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.config.ConfigLoader;
import io.articlebot.core.answer.Question;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.search.SearchEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The index on disk with many articles ({@code bench --articles DIR}): fresh JVMs answering one
 * question through {@code ask}, as a user starts the bot: the first start (no index: every article
 * read, analysed and, unless its vectors are kept already, embedded), the second start (nothing
 * changed: the index is opened), and a start after one file changed (that file alone is indexed
 * again); then, in this JVM, warm latency, heap and the index's size on disk. The articles are
 * copied to a folder of the bench's own first, so that the one changed is not the user's.
 */
public final class IndexBench {
  static final String QUESTION = "Which option prints the version?";

  private final Path articles;
  private final Path work;
  private final boolean coldEmbeddings;

  /**
   * @param work the bench's own folder: {@code articles/} (the copy) and {@code data/} (index, embeddings)
   * @param coldEmbeddings forget the kept embeddings too, so the first start embeds every sentence
   */
  public IndexBench(Path articles, Path work, boolean coldEmbeddings) {
    this.articles = articles;
    this.work = work;
    this.coldEmbeddings = coldEmbeddings;
  }

  public void run(int queries, PrintStream out) throws IOException, InterruptedException, StartupException {
    Path copy = work.resolve("articles");
    Path data = work.resolve("data");
    deleteTree(copy);
    deleteTree(Library.indexDir(data));
    if (coldEmbeddings) {
      deleteTree(data.resolve("embeddings"));
    }
    Files.createDirectories(copy);
    List<Path> files = ConfigLoader.articlesIn(articles);
    long bytes = 0;
    for (Path f : files) {
      Files.copy(f, copy.resolve(f.getFileName()));
      bytes += Files.size(f);
    }
    Path config = work.resolve("bench.properties");
    Files.writeString(config, "data.dir=" + data.toAbsolutePath() + "\nquestions.log=off\n", StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "index bench: %,d articles (%,.1f MB) from %s, copied to %s%n", files.size(), bytes / 1e6, articles, copy);

    Start first = start(config, copy);
    out.printf(Locale.ROOT, "first start (no index%s): %,.0f ms to the first answer (%,.0f ms CPU)%n   %s%n",
        coldEmbeddings ? ", no kept embeddings" : ", kept embeddings used when there", first.millis, first.cpuMillis, first.note);
    Start second = start(config, copy);
    out.printf(Locale.ROOT, "second start (unchanged): %,.0f ms to the first answer (%,.0f ms CPU)%n   %s%n", second.millis,
        second.cpuMillis, second.note);
    if (!second.note.contains("reused")) {
      throw new IOException("the second start did not reuse the index: " + second.note);
    }
    Path touched = files.stream().map(f -> copy.resolve(f.getFileName())).sorted().skip(files.size() / 2).findFirst().orElseThrow();
    Files.writeString(touched, "\n\nThis line was added by the benchmark to change the file.\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Start third = start(config, copy);
    out.printf(Locale.ROOT, "start after changing %s: %,.0f ms to the first answer (%,.0f ms CPU)%n   %s%n", touched.getFileName(),
        third.millis, third.cpuMillis, third.note);
    for (int i = 0; i < 3; i++) {
      Start again = start(config, copy);
      out.printf(Locale.ROOT, "unchanged start again: %,.0f ms (%,.0f ms CPU)%n", again.millis, again.cpuMillis);
    }
    out.printf(Locale.ROOT, "load average while measuring: %s%n", loadAverage());

    BotConfig bench = ConfigLoader.load(config, java.util.Set.of());
    bench = bench.withArticles(ConfigLoader.specs(ConfigLoader.articlesIn(copy), bench.keys(), true), List.of(copy));
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    try (Library library = Library.open(bench, line -> { })) {
      long openMillis = (System.nanoTime() - t0) / 1_000_000;
      long heapOpen = usedHeap() - heapBefore;
      SearchEngine engine = library.current().engine();
      List<String> mix = QuestionMix.of(library.current().articles(), queries);
      for (int i = 0; i < Math.min(2000, queries); i++) {
        engine.explain(new Question(mix.get(i)));
      }
      long[] nanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        long s = System.nanoTime();
        engine.explain(new Question(mix.get(i)));
        nanos[i] = System.nanoTime() - s;
      }
      Arrays.sort(nanos);
      long heapWarm = usedHeap() - heapBefore;
      out.printf(Locale.ROOT, "in this JVM: index opened in %,d ms, %,d sentences; heap %.1f MB after opening, %.1f MB after %,d"
          + " questions%n", openMillis, engine.index().sentenceCount(), heapOpen / 1e6, heapWarm / 1e6, queries);
      out.printf(Locale.ROOT, "warm latency over %,d questions (no answer cache): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", queries,
          nanos[queries / 2] / 1e6, nanos[Math.min(queries - 1, (int) Math.ceil(queries * 0.99) - 1)] / 1e6, nanos[queries - 1] / 1e6);
    }
    out.printf(Locale.ROOT, "on disk: index %.1f MB, kept embeddings %.1f MB%n", size(Library.indexDir(data)) / 1e6,
        size(data.resolve("embeddings")) / 1e6);
  }

  /**
   * @param cpuMillis the process's CPU time (all threads), sampled while it ran: on a machine
   *     shared with other work, what the wall clock would be on an idle one is nearer this
   */
  private record Start(double millis, double cpuMillis, String note) {}

  /** One cold {@code ask}, timed from process start to exit, with the index's note from stderr. */
  private Start start(Path config, Path copy) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    Path launcher = Benchmarks.launcher();
    if (launcher != null) {
      command.add(launcher.toString());
    } else {
      command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1", "-cp", Benchmarks.jar().toString(), Main.class.getName()));
    }
    command.addAll(List.of("ask", "--config", config.toString(), "--articles", copy.toString(), QUESTION));
    Path err = Files.createTempFile("article-bot-bench", ".err");
    try {
      ProcessBuilder pb = Benchmarks.quietProcess(command).redirectError(err.toFile());
      long s = System.nanoTime();
      Process p = pb.start();
      java.time.Duration cpu = java.time.Duration.ZERO;
      while (!p.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        cpu = p.info().totalCpuDuration().orElse(cpu);
      }
      int code = p.exitValue();
      double millis = (System.nanoTime() - s) / 1e6;
      String note = Files.readAllLines(err).stream().filter(l -> l.contains("index in")).reduce((a, b) -> b).orElse("(no note)");
      if (code != 0) {
        throw new IOException("benchmark process failed (exit " + code + "): " + String.join(" ", command) + "\n"
            + Files.readString(err));
      }
      return new Start(millis, cpu.toNanos() / 1e6, note.replace("article-bot: ", ""));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
