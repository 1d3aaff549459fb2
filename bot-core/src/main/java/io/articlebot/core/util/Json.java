package io.articlebot.core.util;

/**
 * The one JSON helper the core needs: string escaping for the few flat records it writes
 * (feedback lines, {@code ask --json}). Hand-written so a cold {@code ask} does not pay for a
 * JSON library's start-up.
 */
public final class Json {
  private Json() {}

  /** {@code value} as a JSON string literal, quotes included. */
  public static String quote(String value) {
    int first = firstToEscape(value);
    if (first < 0) {
      return '"' + value + '"';
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append('"').append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // U+2028/2029 are legal JSON but break JavaScript consumers of JSONL.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static int firstToEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }

  /** A finite number with at most four decimals; JSON has no NaN. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON numbers must be finite");
    }
    double rounded = Math.round(value * 10_000d) / 10_000d;
    return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15
        ? Long.toString((long) rounded)
        : Double.toString(rounded);
  }
}
