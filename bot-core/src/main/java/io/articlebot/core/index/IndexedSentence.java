package io.articlebot.core.index;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.analysis.TypedValues;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ParagraphKind;
import io.articlebot.core.article.Sentence;
import io.articlebot.core.embedding.TokenVectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence as retrieval sees it: its article, its analysed terms with offsets (for matching and
 * highlighting) and counts (for BM25), its vector, the paragraph it belongs to, whether it quotes
 * someone, and, looked up on first use, the kinds of value it holds. Thread-safe: the memos of
 * value kinds are idempotent.
 */
public final class IndexedSentence {
  private static final Pattern QUOTATION = Pattern.compile("[\"“”]|(?:^|[\\s(])['‘][^'’]{8,}['’]");

  private final int id;
  private final Article article;
  private final Sentence sentence;
  private final List<Token> tokens;
  private final Map<String, Integer> counts;
  private final Set<String> context;
  private final boolean quotesSomeone;
  private final Embedding embedding;
  private IndexedParagraph paragraph;
  /** Bit 2t: kind t looked up; bit 2t+1: kind t present. */
  private volatile int typeMemo;
  /** 0 not looked up, 1 no, 2 yes. */
  private volatile int calendarMemo;

  IndexedSentence(int id, Article article, Sentence sentence, List<Token> tokens, Set<String> context, Embedding embedding) {
    this.id = id;
    this.article = article;
    this.sentence = sentence;
    this.tokens = List.copyOf(tokens);
    Map<String, Integer> c = new HashMap<>();
    for (Token t : tokens) {
      c.merge(t.term(), 1, Integer::sum);
    }
    this.counts = Map.copyOf(c);
    this.context = context;
    this.quotesSomeone = QUOTATION.matcher(article.text(sentence)).find();
    this.embedding = embedding;
  }

  void attach(IndexedParagraph p) {
    this.paragraph = p;
  }

  /** The Lucene document id, also the position in {@link ArticleIndex#sentence(int)}. */
  public int id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public Sentence sentence() {
    return sentence;
  }

  public IndexedParagraph paragraph() {
    return paragraph;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Distinct analysed terms. */
  public Set<String> terms() {
    return counts.keySet();
  }

  /** How often each analysed term occurs. */
  public Map<String, Integer> counts() {
    return counts;
  }

  /** Terms of the section heading (and a list's lead-in) above this sentence; see {@link SectionContext}. */
  public Set<String> context() {
    return context;
  }

  /** Unit vector of the sentence's text. */
  public float[] vector() {
    return embedding.get();
  }

  Embedding embedding() {
    return embedding;
  }

  /** The token vectors, or null until {@link ArticleIndex#tokenVectors} computed them. */
  TokenVectors knownTokens() {
    return embedding.tokens();
  }

  public boolean quotesSomeone() {
    return quotesSomeone;
  }

  public boolean heading() {
    return article.paragraph(sentence.paragraph()).kind() == ParagraphKind.HEADING;
  }

  public String text() {
    return article.text(sentence);
  }

  /** A date more precise than a time of day, see {@link TypedValues#hasCalendarDate}. */
  public boolean holdsCalendarDate() {
    int memo = calendarMemo;
    if (memo == 0) {
      memo = TypedValues.hasCalendarDate(text()) ? 2 : 1;
      calendarMemo = memo;
    }
    return memo == 2;
  }

  public boolean holds(AnswerType type) {
    int looked = 1 << (2 * type.ordinal());
    int present = looked << 1;
    int memo = typeMemo;
    if ((memo & looked) == 0) {
      boolean has = TypedValues.holds(type, text());
      memo = typeMemo | looked | (has ? present : 0);
      typeMemo = memo;
    }
    return (memo & present) != 0;
  }
}
