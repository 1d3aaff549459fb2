package io.articlebot.core.quotes;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.index.IndexedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cuts a passage out of its article as a verbatim quote with highlights and citation. */
final class QuoteMaker {
  private QuoteMaker() {}

  static Quote make(Passage p, double score, Set<String> matchedTerms) {
    Article article = p.first().article();
    int start = p.start();
    int end = p.end();
    List<Span> highlights = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    for (IndexedSentence s : p.sentences()) {
      sentences.add(new Span(s.sentence().start() - start, s.sentence().end() - start));
      for (Token t : s.tokens()) {
        if (matchedTerms.contains(t.term())) {
          highlights.add(new Span(t.start() - start, t.end() - start));
        }
      }
    }
    Citation citation = new Citation(article.id(), article.title(), p.first().sentence().paragraph(), article.source());
    return new Quote(article.slice(start, end), citation, start, end, round(score), merge(highlights), sentences);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** CJK bigrams overlap; one highlight per run reads better. */
  private static List<Span> merge(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
