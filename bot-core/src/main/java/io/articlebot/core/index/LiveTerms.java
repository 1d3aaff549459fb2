package io.articlebot.core.index;

import java.io.IOException;
import java.util.function.Predicate;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The terms of the sentence field that some sentence still has: Lucene's terms dictionary keeps a
 * term of a deleted document until a merge drops it, and spelling correction must not suggest it.
 */
final class LiveTerms extends FilterLeafReader.FilterTerms {
  private final Predicate<BytesRef> live;

  LiveTerms(Terms in, Predicate<BytesRef> live) {
    super(in);
    this.live = live;
  }

  @Override
  public TermsEnum iterator() throws IOException {
    return new LiveTermsEnum(in.iterator(), live);
  }

  @Override
  public TermsEnum intersect(CompiledAutomaton compiled, BytesRef startTerm) throws IOException {
    return new LiveTermsEnum(in.intersect(compiled, startTerm), live);
  }

  private static final class LiveTermsEnum extends FilterLeafReader.FilterTermsEnum {
    private final Predicate<BytesRef> live;

    LiveTermsEnum(TermsEnum in, Predicate<BytesRef> live) {
      super(in);
      this.live = live;
    }

    @Override
    public BytesRef next() throws IOException {
      BytesRef t;
      do {
        t = in.next();
      } while (t != null && !live.test(t));
      return t;
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      SeekStatus status = in.seekCeil(text);
      if (status == SeekStatus.END || live.test(in.term())) {
        return status;
      }
      return next() == null ? SeekStatus.END : SeekStatus.NOT_FOUND;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      return in.seekExact(text) && live.test(in.term());
    }
  }
}
