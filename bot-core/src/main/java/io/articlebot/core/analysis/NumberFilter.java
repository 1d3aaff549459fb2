package io.articlebot.core.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes numbers one way: thousands separators go ({@code 50,000} → {@code 50000}), so "50000
 * cards" finds "50,000 H100 computing cards".
 */
final class NumberFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  NumberFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = term.buffer();
    int len = term.length();
    if (len > 4 && Character.isDigit(buf[0]) && hasGroupedDigits(buf, len)) {
      int w = 0;
      for (int r = 0; r < len; r++) {
        if (buf[r] != ',') {
          buf[w++] = buf[r];
        }
      }
      term.setLength(w);
    }
    return true;
  }

  private static boolean hasGroupedDigits(char[] buf, int len) {
    boolean comma = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c == ',') {
        comma = true;
      } else if (!Character.isDigit(c) && c != '.') {
        return false;
      }
    }
    return comma;
  }
}
