package io.articlebot.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences by rule, as a reader would: at {@code . ! ?} followed by a
 * space and a capital, and at Chinese {@code 。！？}. It does not split after titles and
 * abbreviations ({@code Mr.}, {@code Dr.}, {@code Jan.}), initials, inside numbers ({@code $5.6})
 * or names ({@code 01.AI}), or inside a quotation that closes later in the paragraph. Abbreviations
 * that can end a sentence ({@code U.S.}, {@code Inc.}) end one only when a typical sentence opener
 * follows ({@code "...in the U.S. Three firms..."}).
 */
public final class SentenceSplitter {
  /** Never end a sentence: a name or number always follows. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "rev", "hon",
      "lt", "col", "capt", "cmdr", "sgt", "maj", "pres", "supt", "insp", "messrs", "mme", "mlle",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "nos", "vol", "fig", "figs", "p", "pp", "para", "art", "sec", "ch", "approx", "dept", "est", "vs", "v",
      "e.g", "i.e", "cf", "viz", "al", "ca");
  /** May end a sentence, or not. */
  private static final Set<String> AMBIGUOUS = Set.of(
      "u.s", "u.k", "u.n", "e.u", "u.s.a", "inc", "ltd", "co", "corp", "llc", "plc", "bros", "etc", "a.m", "p.m", "d.c");
  /** Words that start sentences far more often than they continue a name like "U.S. X". */
  private static final Set<String> OPENERS = Set.of(
      "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
      "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "by", "to", "from", "with", "after", "before",
      "however", "meanwhile", "still", "also", "then", "when", "while", "if", "although", "though", "since", "because",
      "his", "her", "their", "our", "my", "some", "many", "most", "other", "others", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "according", "last", "next", "what", "who", "why", "how",
      "despite", "unlike", "instead", "additionally", "similarly", "moreover", "furthermore", "today", "yesterday");

  private SentenceSplitter() {}

  /** Sentence ranges {@code [start, end)} of {@code text} within {@code [from, to)}, trimmed. */
  public static List<int[]> split(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    boolean[] quoted = quotedRegions(text, from, to);
    int sentenceStart = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int end;
      if (c == '。' || c == '！' || c == '？') {
        end = skipClosers(text, i + 1, to);
      } else if ((c == '.' || c == '!' || c == '?' || c == '…') && !insideQuote(text, quoted, from, i, to)) {
        end = skipClosers(text, i + 1, to);
        if (end >= to || !Character.isWhitespace(text.charAt(end)) || !endsSentence(text, sentenceStart, i, end, to)) {
          continue;
        }
      } else {
        continue;
      }
      TextRanges.addTrimmed(out, text, sentenceStart, end);
      sentenceStart = end;
      i = end - 1;
    }
    TextRanges.addTrimmed(out, text, sentenceStart, to);
    return out;
  }

  private static boolean endsSentence(String text, int sentenceStart, int mark, int afterClosers, int to) {
    int next = afterClosers;
    while (next < to && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= to) {
      return true;
    }
    char first = text.charAt(next);
    boolean opensSentence = Character.isUpperCase(first) || Character.isDigit(first)
        || "\"“‘'([「『".indexOf(first) >= 0 || Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN;
    if (!opensSentence) {
      return false;
    }
    if (text.charAt(mark) != '.' || afterClosers > mark + 1) {
      return true;
    }
    String word = wordBefore(text, sentenceStart, mark);
    if (word.isEmpty() && text.substring(sentenceStart, mark).strip().matches("\\d{1,3}")) {
      return false; // "3. Payments": a section or list number, not the end of a sentence
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. R. Smith"
    }
    String key = word.toLowerCase(Locale.ROOT);
    if (TITLES.contains(key)) {
      return false;
    }
    if (AMBIGUOUS.contains(key)) {
      return OPENERS.contains(nextWord(text, next, to).toLowerCase(Locale.ROOT));
    }
    return true;
  }

  /** The token before a period, dots inside it kept: "U.S", "e.g", "Mr". */
  private static String wordBefore(String text, int floor, int mark) {
    int i = mark;
    while (i > floor && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    return text.substring(i, mark);
  }

  private static String nextWord(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(from, i);
  }

  /** Inside a quotation, unless the mark is the quotation's last word: {@code "It works." Then}. */
  private static boolean insideQuote(String text, boolean[] quoted, int from, int mark, int to) {
    int j = mark + 1;
    while (j < to && ".!?…".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return quoted[mark - from] && j < to && quoted[j - from];
  }

  private static int skipClosers(String text, int i, int to) {
    while (i < to && "\"”’')]」』.!?…".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Marks characters inside double quotations that close within the paragraph, so that a quoted
   * remark of several sentences stays with the words that introduce it. An unmatched quote mark
   * marks nothing.
   */
  private static boolean[] quotedRegions(String text, int from, int to) {
    boolean[] quoted = new boolean[to - from];
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '”' || c == '"') && open >= 0) {
        for (int j = open + 1; j < i; j++) {
          quoted[j - from] = true;
        }
        open = -1;
      }
    }
    return quoted;
  }
}
