package io.articlebot.core.answer;

/** A half-open range {@code [start, end)} of characters, relative to the text it belongs to. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }
}
