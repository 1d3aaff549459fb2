package io.articlebot.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a plain-text or Markdown article into paragraphs ({@link ParagraphSplitter})
 * and sentences ({@link SentenceSplitter}), keeping offsets into the text, and recognises what each
 * paragraph is: heading, list item, summary, image credit, source line, a truncated teaser.
 */
public final class ArticleParser {
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
    List<int[]> ranges = ParagraphSplitter.split(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    int sentenceIndex = 0;
    String headingTitle = null;
    String sourceLine = null;
    for (int[] r : ranges) {
      int number = paragraphs.size() + 1;
      int start = r[0];
      ParagraphKind kind = ParagraphKind.BODY;
      String para = text.substring(r[0], r[1]);
      Matcher heading = ParagraphSplitter.HEADING.matcher(para);
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
      } else if (ParagraphSplitter.isSectionHeading(para) || isHeadline(para, paragraphs)) {
        kind = ParagraphKind.HEADING;
        if (headingTitle == null && paragraphs.isEmpty()) {
          headingTitle = para.strip();
        }
      } else if (ParagraphSplitter.LIST_ITEM.matcher(para).find()) {
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


  /**
   * A paragraph whose words (after any "Summary:" label) are only the start of another paragraph's
   * words is a teaser cut short: the other paragraph is the one to quote. The paragraphs' words
   * are kept sorted, so the longer paragraphs a teaser begins are the ones right after it in that
   * order: one look-up per paragraph rather than a comparison with every other one.
   */
  private static List<Paragraph> markTruncatedRepeats(String text, List<Paragraph> paragraphs) {
    TreeMap<String, Integer> sorted = new TreeMap<>();
    List<String> normalizedParagraphs = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      String n = normalized(text.substring(p.start(), p.end()));
      normalizedParagraphs.add(n);
      sorted.merge(n, 1, Integer::sum);
    }
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      boolean truncated = false;
      if (p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.SUMMARY) {
        String words = normalized(withoutLabel(text.substring(p.start(), p.end())));
        truncated = words.length() >= 20 && longerOneStartsWith(sorted, words, normalizedParagraphs.get(i));
      }
      out.add(truncated
          ? new Paragraph(p.number(), p.start(), p.end(), ParagraphKind.TRUNCATED_SUMMARY, p.sentences())
          : p);
    }
    return out;
  }

  /** Whether a paragraph other than {@code own} is longer than {@code words} and starts with them. */
  private static boolean longerOneStartsWith(TreeMap<String, Integer> sorted, String words, String own) {
    for (Map.Entry<String, Integer> e : sorted.tailMap(words, false).entrySet()) {
      if (!e.getKey().startsWith(words)) {
        return false;
      }
      if (!e.getKey().equals(own) || e.getValue() > 1) {
        return true;
      }
    }
    return false;
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


}
