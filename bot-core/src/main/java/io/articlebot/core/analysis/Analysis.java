package io.articlebot.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Running an analyzer over a string. */
public final class Analysis {
  private Analysis() {}

  /** A term with where it came from in the analysed text. */
  public record Token(String term, int start, int end) {}

  public static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>(2);
    for (Token t : tokens(analyzer, text, 0)) {
      out.add(t.term());
    }
    return out;
  }

  /** Tokens with offsets shifted by {@code base}, for text cut out of a larger one. */
  public static List<Token> tokens(Analyzer analyzer, String text, int base) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), base + offset.startOffset(), base + offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return out;
  }
}
