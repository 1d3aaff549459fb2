package io.articlebot.app.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on disk as processes use it: one killed in the middle of re-indexing leaves the last
 * commit whole for the next start, and a second process on the same data folder is refused and
 * leaves the index as it was. Each process is a JVM of its own started as an operator would.
 */
class PersistentIndexProcessTest {
  private static final Path REPO = Path.of("").toAbsolutePath().getParent();
  private static final Path CORPUS = REPO.resolve("eval/corpus");

  @TempDir
  Path dir;

  private Path articles;
  private Path data;

  private List<String> launcher(String... args) throws IOException {
    Path config = dir.resolve("article-bot.properties");
    Files.writeString(config, "data.dir=" + data + "\nquestions.log=off\n", StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.articlebot.app.Main",
        "--config", config.toString(), "--articles", articles.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(launcher(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private void copy(String... names) throws IOException {
    for (String n : names) {
      Files.copy(CORPUS.resolve(n), articles.resolve(n));
    }
  }

  private static long vectorFiles(Path data) throws IOException {
    Path embeddings = data.resolve("embeddings");
    if (!Files.isDirectory(embeddings)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(embeddings)) {
      return files.filter(f -> f.toString().endsWith(".vec")).count();
    }
  }

  /** Files of the last commit, with their sizes: what a process that leaves the index alone leaves. */
  private List<String> committed() throws IOException {
    try (FSDirectory d = FSDirectory.open(data.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
      List<String> out = new ArrayList<>();
      for (String f : r.getIndexCommit().getFileNames()) {
        out.add(f + ":" + d.fileLength(f));
      }
      out.sort(null);
      return out;
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aProcessKilledMidReindexLeavesTheLastCommitForTheNextStartToAnswerFrom() throws Exception {
    articles = Files.createDirectories(dir.resolve("articles"));
    data = dir.resolve("data");
    copy("harbor-library.md", "rover-news.txt");
    Run first = run("ask", "Who is the head librarian?");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Samuel Adeyemi");
    List<String> before = committed();

    // Many more articles: the next start embeds each in turn, and is killed part way through.
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("rover")).toList()) {
        Files.copy(f, articles.resolve(f.getFileName()));
      }
    }
    long vectorsBefore = vectorFiles(data);
    Path err = dir.resolve("killed.err");
    Process killed = new ProcessBuilder(launcher("ask", "Who is the head librarian?")).redirectErrorStream(true)
        .redirectOutput(err.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (vectorFiles(data) < vectorsBefore + 3) {
      assertThat(killed.isAlive()).as("still indexing when killed: " + Files.readString(err)).isTrue();
      assertThat(System.nanoTime()).as("three new articles embedded within 120 s").isLessThan(deadline);
      Thread.sleep(20);
    }
    killed.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of anything
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err)).doesNotContain("index in");

    assertThat(committed()).as("the commit from before the killed start is the one on disk").isEqualTo(before);
    Run next = run("ask", "--json", "Who is the head librarian?");
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(next.out()).contains("Samuel Adeyemi");
    assertThat(next.err()).contains("updated").contains("2 article(s) reused");
    Run newOne = run("ask", "What does the Ottermere Public License let me do?");
    assertThat(newOne.exit()).as(newOne.err()).isZero();
    assertThat(newOne.err()).contains("reused").doesNotContain("updated");
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aSecondProcessOnTheSameDataFolderSaysSoExitsAndLeavesTheIndexAlone() throws Exception {
    articles = Files.createDirectories(dir.resolve("articles"));
    data = dir.resolve("data");
    copy("harbor-library.md");
    Run first = run("ask", "Who is the head librarian?");
    assertThat(first.exit()).as(first.err()).isZero();
    List<String> before = committed();

    // The first bot keeps running (the console chat, waiting for input) and holds the index.
    Path log = dir.resolve("running.log");
    Process running = new ProcessBuilder(launcher("repl")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(log).contains("reused")) {
        assertThat(running.isAlive()).as(Files.readString(log)).isTrue();
        assertThat(System.nanoTime()).as("the first bot started within 60 s").isLessThan(deadline);
        Thread.sleep(50);
      }
      // Other articles: the second process would index them, if it were let in.
      articles = Files.createDirectories(dir.resolve("other-articles"));
      copy("rover-news.txt");
      Run second = run("ask", "Who is the head librarian?");
      assertThat(second.exit()).isEqualTo(78);
      assertThat(second.err()).contains("Another article-bot process is using the index in " + data.resolve("index"))
          .contains("give this one its own data.dir").doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(second.out()).isEmpty();
      assertThat(committed()).isEqualTo(before);
    } finally {
      running.getOutputStream().close(); // end of input: the console chat ends
      if (!running.waitFor(30, TimeUnit.SECONDS)) {
        running.destroyForcibly();
      }
    }
  }
}
