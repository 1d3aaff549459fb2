package io.articlebot.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads and writes {@link AnswerModel} as a properties file that a person can read and diff: one
 * line per input with its mean, scale and weight. Writing is deterministic (fixed order, fixed
 * rounding), so training twice on the same data gives the same file byte for byte.
 */
public final class ModelFile {
  static final int FORMAT = 1;

  private ModelFile() {}

  public static AnswerModel read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    String format = required(p, "format");
    if (!format.equals(Integer.toString(FORMAT))) {
      throw new IOException("answer model format " + format + " is not " + FORMAT + "; run ./article-bot train");
    }
    return new AnswerModel(required(p, "version"), linear(p, "ranker"), linear(p, "no-answer"), linear(p, "confidence"),
        Double.parseDouble(required(p, "threshold")), p.getProperty("trained.on", ""));
  }

  private static LinearModel linear(Properties p, String prefix) throws IOException {
    List<String> inputs = Arrays.asList(required(p, prefix + ".inputs").split("\\s*,\\s*"));
    double[] mean = new double[inputs.size()];
    double[] scale = new double[inputs.size()];
    double[] weight = new double[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      String[] f = required(p, prefix + "." + inputs.get(i)).trim().split("\\s+");
      if (f.length != 3) {
        throw new IOException(prefix + "." + inputs.get(i) + " needs 'weight mean scale'");
      }
      weight[i] = Double.parseDouble(f[0]);
      mean[i] = Double.parseDouble(f[1]);
      scale[i] = Double.parseDouble(f[2]);
    }
    return new LinearModel(inputs, mean, scale, weight, Double.parseDouble(required(p, prefix + ".bias")));
  }

  private static String required(Properties p, String key) throws IOException {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IOException("the answer model has no '" + key + "'");
    }
    return v.trim();
  }

  /** The file's text; {@code header} lines become comments. */
  public static String write(AnswerModel m, List<String> header) {
    StringBuilder out = new StringBuilder();
    for (String h : header) {
      out.append("# ").append(h).append('\n');
    }
    out.append("format = ").append(FORMAT).append('\n');
    out.append("version = ").append(m.version()).append('\n');
    out.append("trained.on = ").append(m.trainedOn()).append('\n');
    out.append("threshold = ").append(number(m.threshold())).append("\n\n");
    section(out, "ranker", m.ranker());
    out.append('\n');
    section(out, "no-answer", m.noAnswer());
    out.append('\n');
    section(out, "confidence", m.confidence());
    return out.toString();
  }

  private static void section(StringBuilder out, String prefix, LinearModel l) {
    out.append("# ").append(prefix).append(".<input> = weight mean scale\n");
    out.append(prefix).append(".inputs = ").append(String.join(", ", l.inputs())).append('\n');
    out.append(prefix).append(".bias = ").append(number(l.bias())).append('\n');
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < l.inputs().size(); i++) {
      lines.add(prefix + "." + l.inputs().get(i) + " = " + number(l.weights()[i]) + " " + number(l.mean()[i]) + " " + number(l.scale()[i]));
    }
    lines.forEach(line -> out.append(line).append('\n'));
  }

  /** Six significant digits: far below what changes an answer, and stable across machines. */
  public static String number(double v) {
    if (v == 0) {
      return "0";
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      return s;
    }
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  /**
   * The largest difference between two models' parameters, relative to each parameter's size
   * (absolute below 1): how far a retrained model is from the shipped one. Infinite when they are
   * for different inputs.
   */
  public static double distance(AnswerModel a, AnswerModel b) {
    double d = Math.abs(a.threshold() - b.threshold());
    d = Math.max(d, distance(a.ranker(), b.ranker()));
    d = Math.max(d, distance(a.noAnswer(), b.noAnswer()));
    return Math.max(d, distance(a.confidence(), b.confidence()));
  }

  private static double distance(LinearModel a, LinearModel b) {
    if (!a.inputs().equals(b.inputs())) {
      return Double.POSITIVE_INFINITY;
    }
    double d = gap(a.bias(), b.bias());
    for (int i = 0; i < a.inputs().size(); i++) {
      d = Math.max(d, Math.max(gap(a.weights()[i], b.weights()[i]), Math.max(gap(a.mean()[i], b.mean()[i]), gap(a.scale()[i], b.scale()[i]))));
    }
    return d;
  }

  private static double gap(double x, double y) {
    return Math.abs(x - y) / Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }

  /** A number as written and read back, so that a trained model scores exactly like the shipped one. */
  public static double rounded(double v) {
    return Double.parseDouble(number(v));
  }
}
