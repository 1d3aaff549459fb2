package io.articlebot.app.cli;

import io.articlebot.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the launcher in-process with standard streams captured. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {}

  /** The bundled article, found from bot-app's working directory. */
  static Path bundledArticle() {
    Path p = Path.of("").toAbsolutePath().getParent().resolve("config/articles/deepseek-asianfin.txt");
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("bundled article not found at " + p);
    }
    return p;
  }

  /** A config file in {@code dir} whose data folder is {@code dir/data}; extra lines appended. */
  static Path config(Path dir, String... lines) {
    try {
      Path file = dir.resolve("article-bot.properties");
      Files.writeString(file, "data.dir=data\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized Result run(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int exit = Main.execute(args);
      System.out.flush();
      System.err.flush();
      return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }
}
