package io.articlebot.app.training;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleLoader;
import io.articlebot.core.chat.StartupException;
import io.articlebot.core.eval.EvalSet;
import io.articlebot.core.eval.EvalSetReader;
import io.articlebot.core.training.TrainingSet;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * {@code eval/training-sets.properties}: which labelled sets to train on, one line each:
 * {@code name = group | weight | questions [| article]}, paths relative to the file. Lines are
 * read in name order, so training never depends on how a properties file happens to be hashed.
 */
public final class TrainingManifest {
  private TrainingManifest() {}

  public static List<TrainingSet> read(Path file) throws StartupException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      throw new StartupException("Training manifest " + file.toAbsolutePath() + " not found. Run from the project folder or pass --sets PATH.", e);
    } catch (IOException e) {
      throw new StartupException("Cannot read training manifest " + file + ": " + e.getMessage(), e);
    }
    Path base = file.toAbsolutePath().getParent();
    List<TrainingSet> out = new ArrayList<>();
    for (String name : new TreeSet<>(p.stringPropertyNames())) {
      String[] f = p.getProperty(name).split("\\|");
      if (f.length < 3 || f.length > 4) {
        throw new StartupException("Training manifest " + file + ", line '" + name + "': expected 'group | weight | questions [| article]'.");
      }
      double weight;
      try {
        weight = Double.parseDouble(f[1].strip());
      } catch (NumberFormatException e) {
        throw new StartupException("Training manifest " + file + ", line '" + name + "': weight '" + f[1].strip() + "' is not a number.", e);
      }
      Path questions = base.resolve(f[2].strip()).normalize();
      EvalSet set = readSet(name, questions);
      if (f.length == 4) {
        Path articlePath = base.resolve(f[3].strip()).normalize();
        try {
          Article article = ArticleLoader.load(articlePath, null, null, null, null, null);
          set = set.on(List.of(article));
        } catch (ArticleLoader.ArticleException e) {
          throw new StartupException(e.getMessage(), e);
        }
      } else if (set.articles().isEmpty()) {
        throw new StartupException("Training set '" + name + "' (" + questions + ") is JSON Lines: name its article after a fourth '|'.");
      }
      out.add(new TrainingSet(new EvalSet(name, set.articles(), set.questions()), f[0].strip(), weight));
    }
    if (out.isEmpty()) {
      throw new StartupException("Training manifest " + file + " lists no sets.");
    }
    return out;
  }

  public static EvalSet readSet(String name, Path file) throws StartupException {
    try {
      EvalSet set = EvalSetReader.read(file);
      return new EvalSet(name, set.articles(), set.questions());
    } catch (NoSuchFileException e) {
      throw new StartupException("Question set " + file.toAbsolutePath() + " not found. The public sets live in ../shared/eval/ beside the"
          + " project folder; check the path.", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new StartupException("Question set " + file + " is malformed: " + e.getMessage(), e);
    }
  }
}
