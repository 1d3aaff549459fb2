package io.articlebot.core.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading order for a PDF's glyphs. Glyphs on one baseline form a row; a page whose rows share an
 * empty vertical gutter near the middle is read in two columns, the left column of each band of
 * rows before the right, with rows that cross the gutter (a title, a full-width figure caption)
 * between bands. Lines are joined into paragraphs, which break at extra line spacing, an indent, a
 * change of font size or a short line that ends a sentence. A word hyphenated at a line end is
 * joined, keeping the hyphen only when the document writes the word with one elsewhere.
 */
final class PdfLayout {
  record Glyph(float x, float y, float width, float size, float spaceWidth, String text) {}

  /** The text, and the title found in it (the largest text on the first page), or blank. */
  record Text(String text, String title) {}

  private enum Column { FULL, LEFT, RIGHT }

  private record Line(String text, float x0, float x1, float y, float size, Column column, boolean breakBefore) {}

  private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)\\]]$");
  private static final Pattern HYPHEN_END = Pattern.compile("(\\p{L}+)[-\u00AD\u2010]$");
  private static final Pattern LOWER_START = Pattern.compile("^(\\p{Ll}+)");
  private static final float HEADING_RATIO = 1.2f;

  private PdfLayout() {}

  static Text read(List<List<Glyph>> pages) {
    List<List<List<Glyph>>> pageRows = new ArrayList<>();
    List<List<Glyph>> allRows = new ArrayList<>();
    for (List<Glyph> page : pages) {
      pageRows.add(rows(page));
      allRows.addAll(pageRows.get(pageRows.size() - 1));
    }
    // Columns are found over the whole document: a last page with a short right column still has one.
    float[] gutter = gutter(allRows);
    List<Line> lines = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<Line> page = pageLines(pageRows.get(p), gutter);
      if (!page.isEmpty()) {
        Line first = page.get(0);
        page.set(0, new Line(first.text(), first.x0(), first.x1(), first.y(), first.size(), first.column(), p > 0));
      }
      lines.addAll(page);
    }
    if (lines.isEmpty()) {
      return new Text("", "");
    }
    float body = bodySize(lines);
    Set<String> words = words(lines);
    List<StringBuilder> paragraphs = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    Line prev = null;
    String title = "";
    float titleSize = 0;
    for (Line line : lines) {
      boolean heading = line.size() >= HEADING_RATIO * body;
      if (prev == null || startsParagraph(prev, line, lines, body)) {
        paragraphs.add(new StringBuilder(line.text()));
        headings.add(heading);
      } else {
        join(paragraphs.get(paragraphs.size() - 1), line.text(), words);
      }
      if (heading && paragraphs.size() <= 3 && line.size() > titleSize) {
        titleSize = line.size();
        title = paragraphs.get(paragraphs.size() - 1).toString();
      }
      prev = line;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i).toString();
      if (headings.get(i)) {
        out.append(p.equals(title) ? "# " : "## ");
      }
      out.append(p).append("\n\n");
    }
    return new Text(out.toString().strip(), title);
  }

  /** The lines of one page in reading order, page numbers left out. */
  private static List<Line> pageLines(List<List<Glyph>> rows, float[] gutter) {
    List<Line> out = new ArrayList<>();
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    for (List<Glyph> row : rows) {
      if (gutter != null && !crosses(row, gutter)) {
        float middle = (gutter[0] + gutter[1]) / 2;
        List<Glyph> l = row.stream().filter(g -> g.x() + g.width() / 2 < middle).toList();
        List<Glyph> r = row.stream().filter(g -> g.x() + g.width() / 2 >= middle).toList();
        if (!l.isEmpty()) {
          left.add(line(l, Column.LEFT, false));
        }
        if (!r.isEmpty()) {
          right.add(line(r, Column.RIGHT, false));
        }
      } else {
        flushBand(left, right, out);
        out.add(line(row, Column.FULL, false));
      }
    }
    flushBand(left, right, out);
    out.removeIf(l -> l.text().isEmpty());
    if (!out.isEmpty() && PAGE_NUMBER.matcher(out.get(out.size() - 1).text()).matches()) {
      out.remove(out.size() - 1);
    }
    if (!out.isEmpty() && PAGE_NUMBER.matcher(out.get(0).text()).matches()) {
      out.remove(0);
    }
    return out;
  }

  private static void flushBand(List<Line> left, List<Line> right, List<Line> out) {
    out.addAll(left);
    for (int i = 0; i < right.size(); i++) {
      Line r = right.get(i);
      out.add(i == 0 && !left.isEmpty() ? new Line(r.text(), r.x0(), r.x1(), r.y(), r.size(), r.column(), true) : r);
    }
    left.clear();
    right.clear();
  }

  /** Glyphs grouped by baseline, top to bottom, each row left to right. */
  private static List<List<Glyph>> rows(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    float rowY = Float.NaN;
    for (Glyph g : sorted) {
      if (!row.isEmpty() && Math.abs(g.y() - rowY) > 0.3f * Math.max(g.size(), 1f)) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        rowY = g.y();
      }
      row.add(g);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    for (List<Glyph> r : rows) {
      r.sort(Comparator.comparingDouble(Glyph::x));
    }
    return rows;
  }

  /**
   * The x-range {@code [from, to]} of a gutter between two columns, or null: the stretch in the
   * middle half of the text that most rows leave empty with text on both sides. A wide space in one
   * justified line lands elsewhere in the next; only a gutter lines up.
   */
  private static float[] gutter(List<List<Glyph>> rows) {
    if (rows.size() < 6) {
      return null;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (List<Glyph> row : rows) {
      minX = Math.min(minX, row.get(0).x());
      Glyph last = row.get(row.size() - 1);
      maxX = Math.max(maxX, last.x() + last.width());
    }
    int bins = (int) Math.ceil(maxX - minX) + 1;
    if (bins < 100) {
      return null;
    }
    int[] empty = new int[bins];
    for (List<Glyph> row : rows) {
      for (int i = 1; i < row.size(); i++) {
        Glyph a = row.get(i - 1);
        Glyph b = row.get(i);
        float from = a.x() + a.width();
        if (b.x() - from >= Math.max(a.size(), 4f)) {
          for (int x = (int) Math.ceil(from - minX); x <= (int) Math.floor(b.x() - minX) && x < bins; x++) {
            empty[Math.max(0, x)]++;
          }
        }
      }
    }
    int lo = (int) (bins * 0.25);
    int hi = (int) (bins * 0.75);
    int best = lo;
    for (int x = lo; x <= hi; x++) {
      if (empty[x] > empty[best]) {
        best = x;
      }
    }
    if (empty[best] < Math.max(3, rows.size() / 4)) {
      return null;
    }
    int from = best;
    int to = best;
    // Only the stretch (nearly) every split row leaves empty: ragged line ends beside it are text.
    while (from > 0 && empty[from - 1] >= 0.95 * empty[best]) {
      from--;
    }
    while (to < bins - 1 && empty[to + 1] >= 0.95 * empty[best]) {
      to++;
    }
    return new float[] {minX + from, minX + to};
  }

  /** Whether text runs through the middle of the gutter (its edges may be touched by the longest lines). */
  private static boolean crosses(List<Glyph> row, float[] gutter) {
    float margin = Math.max(0.5f, (gutter[1] - gutter[0]) / 4);
    for (Glyph g : row) {
      if (g.x() < gutter[1] - margin && g.x() + g.width() > gutter[0] + margin && !g.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static Line line(List<Glyph> glyphs, Column column, boolean breakBefore) {
    StringBuilder text = new StringBuilder();
    Glyph prev = null;
    float[] sizes = new float[glyphs.size()];
    int n = 0;
    for (Glyph g : glyphs) {
      if (prev != null && g.text().equals(prev.text()) && Math.abs(g.x() - prev.x()) < 0.5f) {
        continue; // the same glyph drawn twice, for a bold effect
      }
      if (prev != null) {
        float gap = g.x() - (prev.x() + prev.width());
        float space = prev.spaceWidth() > 0 ? 0.5f * prev.spaceWidth() : 0.15f * prev.size();
        if (gap > space && text.length() > 0 && text.charAt(text.length() - 1) != ' ' && !g.text().isBlank()) {
          text.append(' ');
        }
      }
      text.append(ligatures(g.text()));
      sizes[n++] = g.size();
      prev = g;
    }
    Arrays.sort(sizes, 0, n);
    Glyph first = glyphs.get(0);
    Glyph last = glyphs.get(glyphs.size() - 1);
    return new Line(text.toString().replaceAll("\\s+", " ").strip(), first.x(), last.x() + last.width(), first.y(),
        n == 0 ? first.size() : sizes[n / 2], column, breakBefore);
  }

  /** "ﬁ" → "fi": presentation forms are not how anyone types a word. */
  private static String ligatures(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\uFB00' && s.charAt(i) <= '\uFB06') {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  private static float bodySize(List<Line> lines) {
    float[] sizes = new float[lines.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = lines.get(i).size();
    }
    Arrays.sort(sizes);
    return sizes[sizes.length / 2];
  }

  private static boolean startsParagraph(Line a, Line b, List<Line> all, float body) {
    boolean aHeading = a.size() >= HEADING_RATIO * body;
    boolean bHeading = b.size() >= HEADING_RATIO * body;
    if (aHeading || bHeading) {
      return !(aHeading && bHeading && Math.abs(a.size() - b.size()) < 0.5f && b.y() > a.y() && b.y() - a.y() < 2 * a.size());
    }
    if (b.breakBefore() || b.column() != a.column() || b.y() < a.y()) {
      // A new column or page: the paragraph goes on only if the last one stopped mid-sentence.
      return SENTENCE_END.matcher(a.text()).find();
    }
    float dy = b.y() - a.y();
    float[] margins = margins(all, b.column());
    boolean indented = b.x0() - margins[0] > 0.8f * b.size();
    boolean shortEnd = a.x1() < margins[1] - 0.15f * (margins[1] - margins[0]) && SENTENCE_END.matcher(a.text()).find();
    return dy > 1.6f * b.size() || Math.abs(a.size() - b.size()) > 0.15f * a.size() || indented || shortEnd;
  }

  /** The left and right edges of the body text in a column. */
  private static float[] margins(List<Line> lines, Column column) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (Line l : lines) {
      if (l.column() == column) {
        left = Math.min(left, l.x0());
        right = Math.max(right, l.x1());
      }
    }
    return new float[] {left, right};
  }

  /** Appends the next line of a paragraph, joining a word hyphenated across the line break. */
  private static void join(StringBuilder paragraph, String next, Set<String> words) {
    Matcher end = HYPHEN_END.matcher(paragraph);
    Matcher start = LOWER_START.matcher(next);
    if (end.find() && start.find()) {
      char hyphen = paragraph.charAt(paragraph.length() - 1);
      String joined = end.group(1) + start.group(1);
      boolean keepHyphen = hyphen != '\u00AD' && words.contains(end.group(1) + "-" + start.group(1)) && !words.contains(joined);
      paragraph.setLength(paragraph.length() - 1);
      paragraph.append(keepHyphen ? "-" : "").append(next);
      return;
    }
    paragraph.append(' ').append(next);
  }

  /** Every word and hyphenated compound the document writes within a line. */
  private static Set<String> words(List<Line> lines) {
    Set<String> words = new HashSet<>();
    for (Line l : lines) {
      String[] tokens = l.text().split("[^\\p{L}\\-]+");
      for (int i = 0; i < tokens.length; i++) {
        boolean lastToken = i == tokens.length - 1 && l.text().endsWith(tokens[i]);
        if (!tokens[i].isEmpty() && !(lastToken && tokens[i].endsWith("-"))) {
          words.add(tokens[i]);
        }
      }
    }
    return words;
  }
}
