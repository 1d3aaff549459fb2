package io.articlebot.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of a text as offset ranges. A text without blank lines has one paragraph per
 * line; a text with blank lines has blank-line separated blocks whose hard-wrapped lines belong
 * together, except that list items and headings start their own paragraph, and a short Title-Cased
 * or numbered line that starts a block is a section heading of its own ("3. Payments").
 */
final class ParagraphSplitter {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\f\\u00A0]*\\n");
  static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(?:[-*+•]|\\d{1,3}[.)])[ \\t]+");
  static final Pattern HEADING = Pattern.compile("^[ \\t]{0,3}(#{1,6})[ \\t]+");
  private static final int MAX_HEADING = 60;
  private static final int MAX_HEADING_WORDS = 8;
  private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d{1,3}|[IVX]{1,4})[.)]\\s+");
  private static final Set<String> SMALL_WORDS = Set.of(
      "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "vs", "&");
  private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s");

  private ParagraphSplitter() {}

  static List<int[]> split(String text) {
    return splitSectionHeadings(text, BLANK_LINE.matcher(text.strip()).find() ? blocks(text) : lines(text));
  }

  /**
   * Plain-text section headings: a short line without closing punctuation, such as "3. Payments"
   * or "Acceptable Use", that starts a block of text. It becomes its own paragraph, so its words
   * can label the section instead of running into its first sentence.
   */
  private static List<int[]> splitSectionHeadings(String text, List<int[]> ranges) {
    List<int[]> out = new ArrayList<>(ranges.size());
    for (int[] r : ranges) {
      int nl = text.indexOf('\n', r[0]);
      if (nl > r[0] && nl < r[1] && isSectionHeading(text.substring(r[0], nl))) {
        TextRanges.addTrimmed(out, text, r[0], nl);
        TextRanges.addTrimmed(out, text, nl + 1, r[1]);
      } else {
        out.add(r);
      }
    }
    return out;
  }
  static boolean isSectionHeading(String line) {
    String l = line.strip();
    if (l.isEmpty() || l.length() > MAX_HEADING || l.indexOf('\n') >= 0 || BULLET.matcher(l).find()) {
      return false;
    }
    char last = l.charAt(l.length() - 1);
    if (".!?,;:\"”’')]。！？；：".indexOf(last) >= 0) {
      return false;
    }
    Matcher number = ENUMERATOR.matcher(l);
    boolean numbered = number.find();
    String[] words = l.substring(numbered ? number.end() : 0).split("\\s+");
    if (words.length == 0 || words.length > MAX_HEADING_WORDS || words[0].isEmpty() || !Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    // A hard-wrapped sentence also starts with a short unpunctuated line; a heading is numbered or
    // Title Cased ("3. Payments", "Acceptable Use").
    int content = 0;
    int capitalised = 0;
    for (String w : words) {
      if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        content++;
        capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return numbered || (content > 0 && capitalised * 10 >= content * 7);
  }
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      TextRanges.addTrimmed(out, text, start, end);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }
  private static List<int[]> blocks(String text) {
    List<int[]> out = new ArrayList<>();
    int blockStart = -1;
    int start = 0;
    boolean afterHeading = false;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      boolean heading = HEADING.matcher(line).find();
      if (line.isBlank()) {
        if (blockStart >= 0) {
          TextRanges.addTrimmed(out, text, blockStart, start);
          blockStart = -1;
        }
      } else if (blockStart < 0) {
        blockStart = start;
      } else if (afterHeading || heading || LIST_ITEM.matcher(line).find()) {
        // A heading is one line; what follows it is the next paragraph even without a blank line.
        TextRanges.addTrimmed(out, text, blockStart, start);
        blockStart = start;
      }
      afterHeading = heading && !line.isBlank();
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    if (blockStart >= 0) {
      TextRanges.addTrimmed(out, text, blockStart, text.length());
    }
    return out;
  }}
