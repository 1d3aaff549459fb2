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
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ArticleParser() {}

  /**
   * @param title the configured title, or null to derive one (Markdown heading, else the lead)
   * @param source the configured source, or null to take the article's own source line
   */
  public static Article parse(String id, String text, String title, String source, String url, String date) {
    List<int[]> ranges = BLANK_LINE.matcher(text.strip()).find() ? blocks(text) : lines(text);
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
