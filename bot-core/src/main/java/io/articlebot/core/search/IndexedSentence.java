package io.articlebot.core.search;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.analysis.TypedValues;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ParagraphKind;
import io.articlebot.core.article.Sentence;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence as the ranker sees it: its article, its analysed terms with offsets (for coverage and
 * highlighting), whether it quotes someone, and, looked up on first use, the kinds of value it
 * holds. Thread-safe: the memo of value kinds is idempotent.
 */
final class IndexedSentence {
  private static final Pattern QUOTATION = Pattern.compile("[\"“”]|(?:^|[\\s(])['‘][^'’]{8,}['’]");

  private final int id;
  private final Article article;
  private final Sentence sentence;
  private final List<Token> tokens;
  private final Set<String> terms;
  private final Set<String> context;
  private final boolean quotesSomeone;
  /** Bit 2t: kind t looked up; bit 2t+1: kind t present. */
  private volatile int typeMemo;
  /** 0 not looked up, 1 no, 2 yes. */
  private volatile int calendarMemo;

  IndexedSentence(int id, Article article, Sentence sentence, List<Token> tokens, Set<String> terms, Set<String> context) {
    this.id = id;
    this.article = article;
    this.sentence = sentence;
    this.tokens = List.copyOf(tokens);
    this.terms = Set.copyOf(terms);
    this.context = context;
    this.quotesSomeone = QUOTATION.matcher(article.text(sentence)).find();
  }

  /** The Lucene document id, also the position in {@link ArticleIndex#sentence(int)}. */
  int id() {
    return id;
  }

  Article article() {
    return article;
  }

  Sentence sentence() {
    return sentence;
  }

  List<Token> tokens() {
    return tokens;
  }

  Set<String> terms() {
    return terms;
  }

  /** Terms of the section heading (and a list's lead-in) above this sentence; see {@link SectionContext}. */
  Set<String> context() {
    return context;
  }

  boolean quotesSomeone() {
    return quotesSomeone;
  }

  boolean heading() {
    return article.paragraph(sentence.paragraph()).kind() == ParagraphKind.HEADING;
  }

  String text() {
    return article.text(sentence);
  }

  /** A date more precise than a time of day, see {@link TypedValues#hasCalendarDate}. */
  boolean holdsCalendarDate() {
    int memo = calendarMemo;
    if (memo == 0) {
      memo = TypedValues.hasCalendarDate(text()) ? 2 : 1;
      calendarMemo = memo;
    }
    return memo == 2;
  }

  boolean holds(AnswerType type) {
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
