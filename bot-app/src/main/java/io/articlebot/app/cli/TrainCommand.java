package io.articlebot.app.cli;

import io.articlebot.app.Main;
import io.articlebot.app.config.BotConfig;
import io.articlebot.app.training.Floors;
import io.articlebot.app.training.Reproduction;
import io.articlebot.app.training.TrainingManifest;
import io.articlebot.core.embedding.BgeSmallEmbedder;
import io.articlebot.core.embedding.EmbeddingFingerprint;
import io.articlebot.core.embedding.EmbeddingStore;
import io.articlebot.core.eval.EvalReport;
import io.articlebot.core.model.AnswerModel;
import io.articlebot.core.model.ModelFile;
import io.articlebot.core.training.ModelTrainer;
import io.articlebot.core.training.SampleTable;
import io.articlebot.core.training.ThresholdChoice;
import io.articlebot.core.training.TrainingSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Trains the answer model from the labelled sets, prints its cross-validated figures by article,
 * and writes the model resource that ships in the jar.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the answer model on the labelled sets, print figures cross-validated by article, and write the model.")
public final class TrainCommand implements Callable<Integer> {
  static final String FINGERPRINT_PATH = "eval/trained-embeddings.properties";
  static final String MODEL_PATH = "bot-core/src/main/resources" + AnswerModel.RESOURCE;

  @ParentCommand
  Main parent;

  @Option(names = "--sets", paramLabel = "PATH", description = "Training manifest (default: eval/training-sets.properties).")
  Path sets;

  @Option(names = "--out", paramLabel = "PATH", description = "Where to write the model (default: " + MODEL_PATH + ").")
  Path out;

  @Option(names = "--check", description = "Write nothing; exit 1 unless training reproduces the shipped model and keeps the floors.")
  boolean check;

  @Option(names = "--floors", paramLabel = "PATH",
      description = "Cross-validated figures to keep (default: eval/cross-validated-floors.properties); a figure past its bound fails --check.")
  Path floors;

  @Option(names = "--curve", description = "Print the threshold curve (share right or rightly silent per group).")
  boolean curve;

  @Option(names = "--held-out", paramLabel = "FILE", description = "Write each question's held-out result as JSON Lines, to look into misses.")
  Path heldOutFile;

  @Option(names = "--samples", paramLabel = "FILE",
      description = "Only write every candidate's features and label as CSV (one row per candidate, with its fold), to try other learners; fits nothing.")
  Path samplesFile;

  @Override
  public Integer call() throws Exception {
    BotConfig config = parent.options().resolve(System.getenv(), FrontEnds.configKeys());
    Path home = config.source() == null ? Path.of("") : config.source().toAbsolutePath().getParent().getParent();
    List<TrainingSet> training = TrainingManifest.read(sets != null ? sets : home.resolve("eval/training-sets.properties"));
    EmbeddingStore store = EmbeddingStore.at(config.dataDir().resolve("embeddings"));
    BgeSmallEmbedder.cacheIn(config.dataDir().resolve("models"));
    long started = System.nanoTime();
    ModelTrainer trainer = new ModelTrainer(BgeSmallEmbedder.shared(), store, line -> System.err.println("train: " + line));
    if (samplesFile != null) {
      try (java.io.Writer w = Files.newBufferedWriter(samplesFile, StandardCharsets.UTF_8)) {
        SampleTable.write(trainer.samples(training), ModelTrainer.groups(training), w);
      }
      System.out.println("wrote " + samplesFile);
      return 0;
    }
    ModelTrainer.Result result = trainer.train(training);
    System.out.printf("Cross-validated by article (%d folds, %d questions; each article scored by models fitted without it):%n%n",
        result.articles(), result.questions());
    for (Map.Entry<String, EvalReport> e : result.crossValidated().entrySet()) {
      System.out.println("== " + e.getKey());
      System.out.println(e.getValue().format().replaceAll("(?m)^missed: .*$", "").strip());
      System.out.println();
    }
    if (curve) {
      System.out.println("threshold curve:");
      result.curve().stream().map(ThresholdChoice.Point::format).forEach(System.out::println);
      System.out.println();
    }
    if (heldOutFile != null) {
      writeHeldOut(result, heldOutFile);
    }
    System.out.printf("threshold %.2f; model %s; %.1f s%n", result.model().threshold(), result.model().version(),
        (System.nanoTime() - started) / 1e9);
    Path floorsFile = floors != null ? floors : home.resolve("eval/cross-validated-floors.properties");
    boolean floorsHold = true;
    if (Files.isRegularFile(floorsFile)) {
      Floors.Check c = Floors.check(floorsFile, result.crossValidated());
      System.out.println("floors (" + floorsFile + "):");
      c.lines().forEach(l -> System.out.println("  " + l));
      floorsHold = c.failures().isEmpty();
    }
    String text = ModelFile.write(result.model(), List.of(
        "The answer model: produced by `./article-bot train` from eval/training-sets.properties. Do not edit by hand:",
        "change the features or the data and train again. docs/retrieval.md explains every input."));
    Path target = out != null ? out : home.resolve(MODEL_PATH);
    if (check) {
      AnswerModel shipped = AnswerModel.shipped();
      Reproduction.Verdict v = Reproduction.judge(ModelFile.distance(shipped, result.model()),
          Reproduction.recorded(home.resolve(FINGERPRINT_PATH)), EmbeddingFingerprint.of(BgeSmallEmbedder.shared()));
      boolean same = text.equals(shipped()) || v.reproduced();
      System.out.printf(Locale.ROOT, "training %s the shipped model %s (trained %s; %s)%n",
          same ? "reproduces" : "does NOT reproduce", shipped.version(), result.model().version(), v.says());
      return same && floorsHold ? 0 : 1;
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
    System.out.println("wrote " + target);
    if (out == null) {
      String fingerprint = EmbeddingFingerprint.of(BgeSmallEmbedder.shared());
      Reproduction.record(home.resolve(FINGERPRINT_PATH), fingerprint, result.model().version());
      System.out.println("wrote " + home.resolve(FINGERPRINT_PATH) + " (embedding fingerprint " + fingerprint + ")");
    }
    return 0;
  }

  private static void writeHeldOut(ModelTrainer.Result result, Path file) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (ModelTrainer.HeldOut h : result.heldOut()) {
      Map<String, Object> line = new java.util.LinkedHashMap<>();
      line.put("set", h.sample().set());
      line.put("article", h.sample().article());
      line.put("id", h.sample().question().id());
      line.put("question", h.sample().question().question());
      line.put("answerable", h.sample().question().answerable());
      line.put("answers", h.sample().question().answers());
      line.put("probability", h.probability());
      line.put("offered", h.offered().stream().map(q -> q.text()).toList());
      Map<String, Double> inputs = new java.util.LinkedHashMap<>();
      List<String> names = io.articlebot.core.decision.ConfidenceInputs.NAMES;
      for (int i = 0; i < names.size(); i++) {
        inputs.put(names.get(i), h.confidenceInputs()[i]);
      }
      line.put("inputs", inputs);
      out.append(json.writeValueAsString(line)).append('\n');
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  private static String shipped() throws IOException {
    try (InputStream in = AnswerModel.class.getResourceAsStream(AnswerModel.RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
