package io.articlebot.app.training;

import io.articlebot.core.chat.StartupException;
import io.articlebot.core.eval.EvalFigures;
import io.articlebot.core.eval.EvalReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Regression floors for cross-validated figures, pinned in a file as Anserini pins its
 * regressions: {@code set.metric = bound}, a floor for most metrics and a ceiling for false
 * abstentions and calibration error. {@code train --check} fails when a figure crosses its bound.
 */
public final class Floors {
  private static final Map<String, ToDoubleFunction<EvalFigures>> METRICS = Map.of(
      "top1", EvalFigures::top1, "top3", EvalFigures::top3, "offered1", EvalFigures::offered1, "offered3", EvalFigures::offered3,
      "abstention", EvalFigures::abstention, "false_abstention", EvalFigures::falseAbstention, "right_or_silent", EvalFigures::rightOrSilent,
      "auc", EvalFigures::auc, "ece", EvalFigures::calibrationError);
  private static final java.util.Set<String> CEILINGS = java.util.Set.of("false_abstention", "ece");

  private Floors() {}

  /** Lines saying how each pinned figure did; empty {@code failures} when all hold. */
  public record Check(List<String> lines, List<String> failures) {}

  public static Check check(Path file, Map<String, EvalReport> reports) throws StartupException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new StartupException("Cannot read floors " + file + ": " + e.getMessage(), e);
    }
    List<String> lines = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      int dot = key.lastIndexOf('.');
      String set = dot < 0 ? "" : key.substring(0, dot);
      String metric = dot < 0 ? key : key.substring(dot + 1);
      ToDoubleFunction<EvalFigures> f = METRICS.get(metric);
      EvalReport report = reports.get(set);
      if (f == null || report == null) {
        throw new StartupException("Floors " + file + ": '" + key + "' names no trained set and metric (metrics: " + new TreeSet<>(METRICS.keySet()) + ").");
      }
      double bound = Double.parseDouble(p.getProperty(key).trim());
      double value = f.applyAsDouble(report.total());
      boolean ceiling = CEILINGS.contains(metric);
      boolean holds = ceiling ? value <= bound : value >= bound;
      String line = String.format(Locale.ROOT, "%-48s %.3f %s %.3f  %s", key, value, ceiling ? "<=" : ">=", bound, holds ? "ok" : "BELOW");
      lines.add(line);
      if (!holds) {
        failures.add(line);
      }
    }
    return new Check(lines, failures);
  }
}
