package io.articlebot.core.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a two-column PDF the hard way round for a reader: a full-width title, then body text
 * justified into two columns with words hyphenated at line ends, and the content stream drawing
 * each row of the page left line, right line, so that the stream order is not the reading order.
 * A page number sits at the foot of each page. Deterministic: the same paragraphs give the same file.
 */
final class TwoColumnPdf {
  private static final float MARGIN = 54;
  private static final float GUTTER = 24;
  private static final float SIZE = 10;
  private static final float LEADING = 12.5f;
  private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private TwoColumnPdf() {}

  static byte[] write(String title, List<String> paragraphs) throws IOException {
    PDRectangle letter = PDRectangle.LETTER;
    float columnWidth = (letter.getWidth() - 2 * MARGIN - GUTTER) / 2;
    List<String> lines = new ArrayList<>();
    for (String p : paragraphs) {
      lines.addAll(wrap(p, columnWidth));
      lines.add(""); // a blank line between paragraphs
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int rowsPerColumn = (int) ((letter.getHeight() - 2 * MARGIN - 40) / LEADING);
      int next = 0;
      int pageNumber = 1;
      while (next < lines.size()) {
        PDPage page = new PDPage(letter);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float top = letter.getHeight() - MARGIN;
          if (pageNumber == 1) {
            text(cs, BOLD, 18, MARGIN, top, title);
          }
          top -= 40;
          List<String> left = lines.subList(next, Math.min(lines.size(), next + rowsPerColumn));
          next += left.size();
          List<String> right = lines.subList(next, Math.min(lines.size(), next + rowsPerColumn));
          next += right.size();
          for (int row = 0; row < rowsPerColumn; row++) {
            float y = top - row * LEADING;
            if (row < left.size() && !left.get(row).isEmpty()) {
              text(cs, BODY, SIZE, MARGIN, y, left.get(row));
            }
            if (row < right.size() && !right.get(row).isEmpty()) {
              text(cs, BODY, SIZE, MARGIN + columnWidth + GUTTER, y, right.get(row));
            }
          }
          text(cs, BODY, 9, letter.getWidth() / 2 - 3, MARGIN / 2, String.valueOf(pageNumber));
        }
        pageNumber++;
      }
      doc.getDocumentInformation().setTitle(title);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** Greedy line filling; a word that does not fit is hyphenated when at least three letters fit. */
  static List<String> wrap(String paragraph, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      String rest = word;
      int cut = hyphenation(line, word, width);
      if (cut > 0) {
        String head = word.substring(0, cut);
        line.append(line.length() == 0 ? "" : " ").append(head).append(head.endsWith("-") ? "" : "-");
        rest = word.substring(cut);
      }
      lines.add(line.toString());
      line.setLength(0);
      line.append(rest);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static int hyphenation(StringBuilder line, String word, float width) throws IOException {
    String prefix = line.length() == 0 ? "" : line + " ";
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && width(prefix + word.substring(0, hyphen + 1)) <= width) {
      return hyphen + 1;
    }
    if (!word.matches("\\p{L}{7,}")) {
      return 0;
    }
    for (int cut = word.length() - 3; cut >= 3; cut--) {
      if (width(prefix + word.substring(0, cut) + "-") <= width) {
        return cut;
      }
    }
    return 0;
  }

  private static float width(String s) throws IOException {
    return BODY.getStringWidth(s) / 1000 * SIZE;
  }
}
