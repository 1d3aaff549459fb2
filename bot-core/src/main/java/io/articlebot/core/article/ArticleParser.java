package io.articlebot.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a plain-text or Markdown article into paragraphs and sentences, keeping
 * offsets into the text. A file without blank lines has one paragraph per line; a file with blank
 * lines has blank-line separated blocks whose hard-wrapped lines belong together (list items and
 * headings still start their own paragraph).
 */
public final class ArticleParser {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\f\\u00A0]*\\n");
  private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(?:[-*+•]|\\d{1,3}[.)])[ \\t]+");
  private static final Pattern HEADING = Pattern.compile("^[ \\t]{0,3}(#{1,6})[ \\t]+");
  private static final Pattern SUMMARY_LABEL = Pattern.compile(
      "^(?:摘要|导语|summary|abstract|tl;?dr|in brief|at a glance)[ \\t]*[:：]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE_LABEL = Pattern.compile(
      "^(?:来源|稿源|出处|source|sources|via|originally published (?:by|in|at))[ \\t]*[:：]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE_CREDIT = Pattern.compile(
      "^[(（\\[]?\\s*(?:image|photo|picture|photograph|illustration|graphic|图片|图源|配图)(?:\\s*(?:source|credit|credits|by|来源))?\\s*[:：]",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_LABEL_LINE = 80;
  private static final int MAX_HEADING = 60;
  private static final int MAX_HEADING_WORDS = 8;
  private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d{1,3}|[IVX]{1,4})[.)]\\s+");
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
      "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "vs", "&");
  private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ArticleParser() {}

  /**
   * @param title the configured title, or null to derive one (Markdown heading, else the lead)
   * @param source the configured source, or null to take the article's own source line
   */
  public static Article parse(String id, String text, String title, String source, String url, String date) {
    List<int[]> ranges = splitSectionHeadings(text, BLANK_LINE.matcher(text.strip()).find() ? blocks(text) : lines(text));
    List<Paragraph> paragraphs = new ArrayList<>();
    int sentenceIndex = 0;
    String headingTitle = null;
    String sourceLine = null;
    for (int[] r : ranges) {
      int number = paragraphs.size() + 1;
      int start = r[0];
      ParagraphKind kind = ParagraphKind.BODY;
      String para = text.substring(r[0], r[1]);
      Matcher heading = HEADING.matcher(para);
      if (heading.find()) {
        kind = ParagraphKind.HEADING;
        start += heading.end();
        if (headingTitle == null && heading.group(1).length() == 1) {
          headingTitle = text.substring(start, r[1]).strip();
        }
      } else if (para.length() <= MAX_LABEL_LINE && SOURCE_LABEL.matcher(para).find()) {
        kind = ParagraphKind.SOURCE_LINE;
        Matcher m = SOURCE_LABEL.matcher(para);
        if (m.find() && sourceLine == null && m.end() < para.length()) {
          sourceLine = para.substring(m.end()).strip();
        }
      } else if (IMAGE_CREDIT.matcher(para).find()) {
        kind = ParagraphKind.IMAGE_CREDIT;
      } else if (SUMMARY_LABEL.matcher(para).find()) {
        kind = ParagraphKind.SUMMARY;
      } else if (isSectionHeading(para) || isHeadline(para, paragraphs)) {
        kind = ParagraphKind.HEADING;
        if (headingTitle == null && paragraphs.isEmpty()) {
          headingTitle = para.strip();
        }
      } else if (LIST_ITEM.matcher(para).find()) {
        kind = ParagraphKind.LIST_ITEM;
      }
      if (start >= r[1]) {
        continue;
      }
      List<Sentence> sentences = new ArrayList<>();
      for (int[] s : SentenceSplitter.split(text, start, r[1])) {
        sentences.add(new Sentence(sentenceIndex++, number, s[0], s[1]));
      }
      paragraphs.add(new Paragraph(number, start, r[1], kind, sentences));
    }
    paragraphs = markTruncatedRepeats(text, paragraphs);
    paragraphs = renumberSentences(paragraphs);
    String finalTitle = firstNonBlank(title, headingTitle, leadTitle(text, paragraphs), id);
    String finalSource = firstNonBlank(source, sourceLine, "");
    return new Article(id, finalTitle, finalSource, url, date, text, paragraphs);
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

  /**
   * A scraped news story's headline: among its first paragraphs (after a teaser or credit), one line
   * with no closing punctuation, which no sentence of body text lacks.
   */
  private static boolean isHeadline(String para, List<Paragraph> before) {
    if (before.size() > 2 || before.stream().anyMatch(p -> p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.HEADING)) {
      return false;
    }
    String l = para.strip();
    char last = l.isEmpty() ? '.' : l.charAt(l.length() - 1);
    return l.length() <= 120 && l.indexOf('\n') < 0 && ".!?,;:\"”’')]。！？；：".indexOf(last) < 0
        && Character.isUpperCase(l.codePointAt(0)) && l.split("\\s+").length >= 3;
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
      if (!SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        content++;
        capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return numbered || (content > 0 && capitalised * 10 >= content * 7);
  }

  /**
   * A paragraph whose words (after any "Summary:" label) are only the start of another paragraph's
   * words is a teaser cut short: the other paragraph is the one to quote.
   */
  private static List<Paragraph> markTruncatedRepeats(String text, List<Paragraph> paragraphs) {
    List<String> normalizedParagraphs = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      normalizedParagraphs.add(normalized(text.substring(p.start(), p.end())));
    }
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      boolean truncated = false;
      if (p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.SUMMARY) {
        String words = normalized(withoutLabel(text.substring(p.start(), p.end())));
        for (int j = 0; j < paragraphs.size() && words.length() >= 20 && !truncated; j++) {
          String other = normalizedParagraphs.get(j);
          truncated = j != i && other.length() > words.length() && other.startsWith(words);
        }
      }
      out.add(truncated
          ? new Paragraph(p.number(), p.start(), p.end(), ParagraphKind.TRUNCATED_SUMMARY, p.sentences())
          : p);
    }
    return out;
  }

  private static List<Paragraph> renumberSentences(List<Paragraph> paragraphs) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    int index = 0;
    for (Paragraph p : paragraphs) {
      List<Sentence> sentences = new ArrayList<>();
      if (p.kind().isIndexed()) {
        for (Sentence s : p.sentences()) {
          sentences.add(new Sentence(index++, p.number(), s.start(), s.end()));
        }
      }
      out.add(new Paragraph(p.number(), p.start(), p.end(), p.kind(), sentences));
    }
    return out;
  }

  private static String withoutLabel(String para) {
    Matcher m = SUMMARY_LABEL.matcher(para);
    return m.find() ? para.substring(m.end()) : para;
  }

  private static String normalized(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** The first sentence of the first body paragraph, shortened at a word boundary. */
  private static String leadTitle(String text, List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      if (p.kind() == ParagraphKind.BODY && !p.sentences().isEmpty()) {
        Sentence s = p.sentences().get(0);
        String lead = text.substring(s.start(), s.end()).replaceAll("\\s+", " ");
        if (lead.length() <= 90) {
          return lead;
        }
        int cut = lead.lastIndexOf(' ', 87);
        return lead.substring(0, cut > 30 ? cut : 87) + "…";
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
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
  }
}
