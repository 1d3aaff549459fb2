package io.articlebot.core.index;

import io.articlebot.core.analysis.Analysis.Token;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Tokens already analysed, handed to Lucene so each sentence is analysed once, not twice. */
final class TokenListStream extends TokenStream {
  private final List<Token> tokens;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private int next;

  TokenListStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Token t = tokens.get(next++);
    term.setEmpty().append(t.term());
    int base = tokens.get(0).start();
    offset.setOffset(t.start() - base, t.end() - base);
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
