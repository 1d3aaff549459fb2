package io.articlebot.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict little JSON reader for tests (bot-core has no JSON library): throws on anything malformed. */
public final class MiniJson {
  private final String s;
  private int i;

  private MiniJson(String s) {
    this.s = s;
  }

  public static Object parse(String json) {
    MiniJson p = new MiniJson(json);
    Object v = p.value();
    p.space();
    if (p.i != json.length()) {
      throw new IllegalArgumentException("trailing text at " + p.i + " in " + json);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String json) {
    Object v = parse(json);
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException("not an object: " + json);
    }
    return (Map<String, Object>) v;
  }

  private Object value() {
    space();
    if (i >= s.length()) {
      throw error("value expected");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{': return obj();
      case '[': return arr();
      case '"': return str();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      default: return num();
    }
  }

  private Map<String, Object> obj() {
    Map<String, Object> out = new LinkedHashMap<>();
    i++;
    space();
    if (peek() == '}') {
      i++;
      return out;
    }
    while (true) {
      space();
      String key = str();
      space();
      expect(':');
      if (out.containsKey(key)) {
        throw error("duplicate key " + key);
      }
      out.put(key, value());
      space();
      if (peek() == ',') {
        i++;
      } else {
        expect('}');
        return out;
      }
    }
  }

  private List<Object> arr() {
    List<Object> out = new ArrayList<>();
    i++;
    space();
    if (peek() == ']') {
      i++;
      return out;
    }
    while (true) {
      out.add(value());
      space();
      if (peek() == ',') {
        i++;
      } else {
        expect(']');
        return out;
      }
    }
  }

  private String str() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("raw control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private Object num() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (start == i) {
      throw error("unexpected character '" + s.charAt(i) + "'");
    }
    return Double.parseDouble(s.substring(start, i));
  }

  private Object literal(String word, Object value) {
    if (!s.startsWith(word, i)) {
      throw error("bad literal");
    }
    i += word.length();
    return value;
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private void space() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + i + " in " + s);
  }
}
