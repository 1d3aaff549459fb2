package io.articlebot.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads labelled question sets in two formats: JSON Lines (one {@code id, question, answerable,
 * answers} object a line, as {@code shared/eval/dev-questions.jsonl}), and SQuAD 2.0
 * ({@code data[].paragraphs[].qas[]} with {@code is_impossible}), where each title becomes an
 * article whose paragraphs are the contexts, separated by blank lines.
 */
public final class EvalSetReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String PARAGRAPH_BREAK = "\n\n";

  private EvalSetReader() {}

  /** Reads either format, telling them apart by content. */
  public static EvalSet read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString().replaceFirst("\\.(jsonl|json)$", "");
    return isSquad(text) ? parseSquad(name, text) : new EvalSet(name, List.of(), parse(text));
  }

  static boolean isSquad(String text) {
    String t = text.stripLeading();
    if (!t.startsWith("{")) {
      return false;
    }
    int firstLineEnd = t.indexOf('\n');
    String firstLine = firstLineEnd < 0 ? t : t.substring(0, firstLineEnd);
    return firstLine.contains("\"data\"") || !firstLine.strip().endsWith("}");
  }

  /** A JSON Lines set. */
  public static List<EvalQuestion> parse(String jsonl) {
    List<EvalQuestion> out = new ArrayList<>();
    String[] lines = jsonl.split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode o = JSON.readTree(line);
        if (!o.isObject()) {
          throw new IllegalArgumentException("not an object");
        }
        List<String> answers = new ArrayList<>();
        for (JsonNode a : o.path("answers")) {
          answers.add(a.asText());
        }
        String article = o.hasNonNull("article") ? o.get("article").asText() : null;
        out.add(new EvalQuestion(text(o, "id"), article, text(o, "question"), o.path("answerable").asBoolean(false), answers, List.of()));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": not JSON (" + e.getOriginalMessage() + ")", e);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": not a question record (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string");
    }
    return v.asText();
  }

  /** A SQuAD 2.0 set: its articles, and its questions tied to them with the answers' offsets. */
  public static EvalSet parseSquad(String name, String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new IOException("not a SQuAD file: no 'data' array");
    }
    List<Article> articles = new ArrayList<>();
    List<EvalQuestion> questions = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode entry : data) {
      String title = entry.path("title").asText("article");
      String id = articleId(title, ids);
      StringBuilder text = new StringBuilder();
      for (JsonNode paragraph : entry.path("paragraphs")) {
        String raw = paragraph.path("context").asText();
        int lead = raw.length() - raw.stripLeading().length();
        String context = raw.strip();
        if (context.isEmpty()) {
          continue;
        }
        if (text.length() > 0) {
          text.append(PARAGRAPH_BREAK);
        }
        int base = text.length();
        text.append(context);
        for (JsonNode qa : paragraph.path("qas")) {
          boolean impossible = qa.path("is_impossible").asBoolean(false);
          List<String> answers = new ArrayList<>();
          List<Span> spans = new ArrayList<>();
          if (!impossible) {
            for (JsonNode a : qa.path("answers")) {
              String answer = a.path("text").asText();
              int start = a.path("answer_start").asInt(-1) - lead;
              if (answer.isBlank()) {
                continue;
              }
              if (!answers.contains(answer)) {
                answers.add(answer);
              }
              if (start >= 0 && start + answer.length() <= context.length() && context.startsWith(answer, start)) {
                spans.add(new Span(base + start, base + start + answer.length()));
              }
            }
          }
          if (!impossible && answers.isEmpty()) {
            continue;
          }
          questions.add(new EvalQuestion(qa.path("id").asText(id + "-" + questions.size()), id, qa.path("question").asText(),
              !impossible, answers, spans));
        }
      }
      if (text.length() > 0) {
        articles.add(ArticleParser.parse(id, text.toString(), title.replace('_', ' '), "Wikipedia", null, null));
      }
    }
    return new EvalSet(name, articles, questions);
  }

  private static String articleId(String title, Set<String> taken) {
    String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+", "");
    base = base.isEmpty() ? "article" : base.substring(0, Math.min(60, base.length()));
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
