package io.articlebot.app.bench;

import io.articlebot.app.ArticleSources;
import io.articlebot.app.Knowledge;
import io.articlebot.app.Main;
import io.articlebot.app.config.ArticleSpec;
import io.articlebot.core.answer.Question;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.search.SearchEngine;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures in docs/performance.md: warm per-question latency and heap in this JVM; then, in
 * fresh JVMs, one cold {@code ask} and a batch of questions through {@code ask --json -}, each
 * against {@link PlainBm25} doing the same.
 */
public final class Benchmarks {
  private final List<ArticleSpec> specs;

  public Benchmarks(List<ArticleSpec> specs) {
    this.specs = specs;
  }

  public Knowledge warm(int queries, PrintStream out) throws StartupException, IOException {
    Path kept = Files.createTempDirectory("article-bot-bench-embeddings");
    try {
      EmbeddingStore store = EmbeddingStore.at(kept);
      BgeSmallEmbedder.shared(); // the model's own start-up is not the articles' load time
      long t0 = System.nanoTime();
      Knowledge.load(specs, ArticleSources.inMemory(), store);
      long embedNanos = System.nanoTime() - t0;
      long heapBefore = usedHeap();
      t0 = System.nanoTime();
      Knowledge knowledge = Knowledge.load(specs, ArticleSources.inMemory(), store);
      long loadNanos = System.nanoTime() - t0;
      long heapAfter = usedHeap();
      out.printf(Locale.ROOT, "articles: %d, sentences: %d, paragraphs: %d%n", knowledge.articles().size(),
          knowledge.engine().index().sentenceCount(), knowledge.engine().index().paragraphs().size());
      out.printf(Locale.ROOT, "load + index: %.1f ms embedding the articles, %.1f ms with their embeddings kept; heap for articles + index: %.1f MB%n",
          embedNanos / 1e6, loadNanos / 1e6, (heapAfter - heapBefore) / 1e6);
      return timeWarm(knowledge, queries, out);
    } finally {
      deleteTree(kept);
    }
  }

  private Knowledge timeWarm(Knowledge knowledge, int queries, PrintStream out) {
    SearchEngine engine = knowledge.engine();
    // explain() is answer() without the cache of recent answers: every question is worked out.
    List<String> mix = QuestionMix.of(knowledge.articles(), queries);
    for (int i = 0; i < Math.min(500, queries); i++) {
      engine.explain(new Question(mix.get(i)));
    }
    long[] nanos = new long[queries];
    long start = System.nanoTime();
    for (int i = 0; i < queries; i++) {
      long s = System.nanoTime();
      engine.explain(new Question(mix.get(i)));
      nanos[i] = System.nanoTime() - s;
    }
    long total = System.nanoTime() - start;
    Arrays.sort(nanos);
    out.printf(Locale.ROOT, "warm latency over %d questions, no answer cache: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; %.0f questions/s%n",
        queries, pct(nanos, 50), pct(nanos, 90), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, queries / (total / 1e9));
    return knowledge;
  }

  /**
   * Fresh JVMs: our {@code ask} as a user starts it (the launcher script, with its class-data
   * archive and JVM options) and as a bare {@code java -cp}, against the plain BM25 program.
   */
  public void processes(Knowledge knowledge, int coldRuns, int batch, PrintStream out) throws IOException, InterruptedException {
    Path jar = jar();
    if (jar == null) {
      out.println("cold/batch: skipped (run from the packaged jar: ./article-bot bench)");
      return;
    }
    // Every article, as loaded here: cold start and batch are measured on all of them, like the warm figures.
    List<String> files = new ArrayList<>();
    List<String> articleOptions = new ArrayList<>();
    for (ArticleSpec s : specs) {
      files.add(s.path().toAbsolutePath().toString());
      articleOptions.add("--article");
      articleOptions.add(s.path().toAbsolutePath().toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path launcher = launcher();
    List<String> plain = concat(List.of(java, "-cp", jar.toString(), PlainBm25.class.getName()), files);
    List<String> bare = concat(List.of(java, "-cp", jar.toString(), Main.class.getName(), "ask"), articleOptions);
    List<String> ours = launcher == null ? bare : concat(List.of(launcher.toString(), "ask"), articleOptions);
    out.printf(Locale.ROOT, "cold/batch processes load %d article(s); jar %.1f MB%n", files.size(), Files.size(jar) / 1e6);
    if (launcher != null) {
      time(with(ours, "warm up the class-data archive"), null);
    }
    if (coldRuns > 0) {
      String q = "Who founded DeepSeek?";
      double plainMs = medianOf(coldRuns, with(plain, q));
      double oursMs = medianOf(coldRuns, with(ours, q));
      out.printf(Locale.ROOT, "cold ask (median of %d): article-bot %.0f ms (%s), plain BM25 %.0f ms, ratio %.2f%n",
          coldRuns, oursMs, launcher == null ? "java -cp" : "./article-bot", plainMs, oursMs / plainMs);
      out.printf(Locale.ROOT, "cold ask, peak resident memory: article-bot %.0f MB, plain BM25 %.0f MB%n",
          peakResidentMb(with(ours, q)), peakResidentMb(with(plain, q)));
      if (launcher != null) {
        double bareMs = medianOf(coldRuns, with(bare, q));
        out.printf(Locale.ROOT, "cold ask, bare java -cp without the launcher's options: %.0f ms, ratio %.2f%n", bareMs, bareMs / plainMs);
      }
    }
    if (batch > 0) {
      batch("mixed questions (repeats, as in chat)", QuestionMix.of(knowledge.articles(), batch), ours, plain, out);
      batch("distinct questions", QuestionMix.distinct(knowledge.articles(), batch), ours, plain, out);
    }
  }

  private void batch(String label, List<String> questions, List<String> ours, List<String> plain, PrintStream out)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile("article-bot-bench", ".txt");
    try {
      Files.write(file, questions, StandardCharsets.UTF_8);
      List<String> oursBatch = new ArrayList<>(ours.subList(0, ours.indexOf("ask") + 1));
      oursBatch.add("--json");
      oursBatch.addAll(ours.subList(ours.indexOf("ask") + 1, ours.size()));
      oursBatch.add("-");
      long a = Math.min(time(oursBatch, file.toFile()), time(oursBatch, file.toFile()));
      long b = Math.min(time(with(plain, "-"), file.toFile()), time(with(plain, "-"), file.toFile()));
      out.printf(Locale.ROOT, "batch of %d %s through ask --json - (best of 2): article-bot %d ms, plain BM25 %d ms, ratio %.2f%n",
          questions.size(), label, a, b, (double) a / b);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<String> with(List<String> command, String arg) {
    List<String> out = new ArrayList<>(command);
    out.add(arg);
    return out;
  }

  private static double medianOf(int runs, List<String> command) throws IOException, InterruptedException {
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = time(command, null);
    }
    return median(t);
  }

  /**
   * Peak resident set of a process and its children (the launcher script runs the JVM as a
   * child), read from /proc while it runs: VmHWM only grows, so the last reading is the peak to
   * within the last few milliseconds. 0 where there is no /proc.
   */
  private static double peakResidentMb(List<String> command) throws IOException, InterruptedException {
    Process p = quietProcess(command).start();
    long peakKb = 0;
    while (!p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      long kb = highWaterKb(p.toHandle());
      for (ProcessHandle child : p.descendants().toList()) {
        kb += highWaterKb(child);
      }
      peakKb = Math.max(peakKb, kb);
    }
    return peakKb / 1024.0;
  }

  private static long highWaterKb(ProcessHandle process) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between two readings
    }
    return 0;
  }

  /** The launcher script next to the config, when the bot was started through it. */
  static Path launcher() {
    String home = System.getenv("ARTICLE_BOT_HOME");
    if (home == null) {
      return null;
    }
    Path script = Path.of(home, "article-bot");
    return Files.isExecutable(script) ? script : null;
  }

  /**
   * A benchmark process: output discarded, and without the platform tokens, so that it answers on
   * the command line rather than connecting to Discord or Slack.
   */
  static ProcessBuilder quietProcess(List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().remove("DISCORD_BOT_TOKEN");
    pb.environment().remove("SLACK_BOT_TOKEN");
    return pb;
  }

  private static long time(List<String> command, File stdin) throws IOException, InterruptedException {
    ProcessBuilder pb = quietProcess(command);
    if (stdin != null) {
      pb.redirectInput(stdin);
    }
    long s = System.nanoTime();
    int code = pb.start().waitFor();
    if (code != 0) {
      throw new IOException("benchmark process failed (exit " + code + "): " + command);
    }
    return (System.nanoTime() - s) / 1_000_000;
  }

  static Path jar() {
    try {
      Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") ? p : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
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

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static double median(long[] v) {
    long[] c = v.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0;
  }
}
