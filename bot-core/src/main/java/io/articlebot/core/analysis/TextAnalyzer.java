package io.articlebot.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of article text, and of question words once they are chosen: Unicode word
 * boundaries (UAX #29), possessives dropped, lower case, accents folded, thousands separators
 * dropped, Han/Kana/Hangul as overlapping bigrams, English stop words removed and Porter stems.
 * {@link #surface()} is the same chain without stop words and stems, for reading a question's
 * words before the lexicon looks them up.
 */
public final class TextAnalyzer extends Analyzer {
  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final boolean stem;

  private TextAnalyzer(boolean stem) {
    this.stem = stem;
  }

  public static TextAnalyzer indexing() {
    return new TextAnalyzer(true);
  }

  public static TextAnalyzer surface() {
    return new TextAnalyzer(false);
  }

  public static boolean isStopWord(String lowerCaseWord) {
    return STOP_WORDS.contains(lowerCaseWord);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream chain = new CJKWidthFilter(source);
    chain = new EnglishPossessiveFilter(chain);
    chain = new LowerCaseFilter(chain);
    chain = new ASCIIFoldingFilter(chain);
    chain = new NumberFilter(chain);
    chain = new CJKBigramFilter(chain);
    if (stem) {
      chain = new StopFilter(chain, STOP_WORDS);
      chain = new PorterStemFilter(chain);
    }
    return new TokenStreamComponents(source, chain);
  }
}
