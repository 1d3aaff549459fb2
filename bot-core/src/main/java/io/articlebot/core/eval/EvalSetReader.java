package io.articlebot.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads question sets in JSON Lines: one flat object per line with {@code id}, {@code question},
 * {@code answerable} and {@code answers}. A small strict parser for exactly that shape, so the eval
 * needs no JSON library.
 */
public final class EvalSetReader {
  private EvalSetReader() {}

  public static List<EvalQuestion> parse(String jsonl) {
    List<EvalQuestion> out = new ArrayList<>();
    String[] lines = jsonl.split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        Map<String, Object> obj = new Parser(line).object();
        Object answers = obj.getOrDefault("answers", List.of());
        List<String> list = new ArrayList<>();
        for (Object a : (List<?>) answers) {
          list.add((String) a);
        }
        out.add(new EvalQuestion((String) obj.get("id"), (String) obj.get("question"),
            Boolean.TRUE.equals(obj.get("answerable")), list));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": not a question record (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Map<String, Object> object() {
      Map<String, Object> out = new LinkedHashMap<>();
      expect('{');
      skip();
      if (peek() == '}') {
        i++;
        return out;
      }
      do {
        skip();
        String key = string();
        skip();
        expect(':');
        out.put(key, value());
        skip();
      } while (consume(','));
      expect('}');
      return out;
    }

    private Object value() {
      skip();
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (c == '[') {
        i++;
        List<Object> list = new ArrayList<>();
        skip();
        if (consume(']')) {
          return list;
        }
        do {
          list.add(value());
          skip();
        } while (consume(','));
        expect(']');
        return list;
      }
      if (c == '{') {
        return object();
      }
      for (String lit : List.of("true", "false", "null")) {
        if (s.startsWith(lit, i)) {
          i += lit.length();
          return lit.equals("null") ? null : Boolean.valueOf(lit);
        }
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (start == i) {
        throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
      }
      return Double.valueOf(s.substring(start, i));
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(i);
    }

    private boolean consume(char c) {
      skip();
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      skip();
      if (i >= s.length() || s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + i);
      }
      i++;
    }
  }
}
