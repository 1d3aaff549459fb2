package io.articlebot.core.article;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer, read with PDFBox in reading order ({@link PdfLayout}: two columns column by
 * column, hyphenation at line ends joined, hard wraps joined into paragraphs). Title, author and
 * date come from the document information, else the title from the largest text on page one.
 */
final class PdfExtractor implements ArticleExtractor {
  @Override
  public DocumentFormat format() {
    return DocumentFormat.PDF;
  }

  @Override
  public ExtractedText extract(ArticleContent content) throws ArticleLoader.ArticleException {
    try (PDDocument doc = Loader.loadPDF(content.bytes())) {
      GlyphCollector glyphs = new GlyphCollector();
      glyphs.getText(doc);
      PdfLayout.Text text = PdfLayout.read(glyphs.pages);
      PDDocumentInformation info = doc.getDocumentInformation();
      String title = blankIfNull(info.getTitle());
      return new ExtractedText(text.text(), DocumentFormat.PDF, new DocumentMetadata(
          title.isBlank() ? text.title() : title, blankIfNull(info.getAuthor()), day(info.getCreationDate()), "", ""));
    } catch (InvalidPasswordException e) {
      throw new ArticleLoader.ArticleException("PDF " + content.name() + " is password-protected. Save an unprotected copy.", e);
    } catch (IOException | RuntimeException e) {
      throw new ArticleLoader.ArticleException("Cannot read the PDF " + content.name() + " (" + e.getMessage()
          + "). Check that it is a complete PDF file.", e);
    }
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s.strip();
  }

  private static String day(Calendar c) {
    return c == null ? "" : c.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** Every glyph of every page with its position; PDFBox's own line building is not used. */
  private static final class GlyphCollector extends PDFTextStripper {
    final List<List<PdfLayout.Glyph>> pages = new ArrayList<>();

    GlyphCollector() throws IOException {
      setSortByPosition(false);
    }

    @Override
    protected void startPage(PDPage page) {
      pages.add(new ArrayList<>());
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String u = t.getUnicode();
      if (u != null && !u.isEmpty() && !pages.isEmpty()) {
        pages.get(pages.size() - 1).add(new PdfLayout.Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
            t.getFontSizeInPt(), t.getWidthOfSpace(), u));
      }
    }
  }
}
