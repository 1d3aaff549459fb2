package io.articlebot.core.conversation;

import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.ParagraphKind;
import io.articlebot.core.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sentences around a quote, a few at a time, as verbatim quotes cut from the article: the
 * sentence before it in its paragraph, then the ones after it, on into the next paragraph of body
 * text, and no further.
 */
final class Surroundings {
  static final int SENTENCES_AFTER = 2;
  private static final Set<ParagraphKind> READABLE = Set.of(ParagraphKind.BODY, ParagraphKind.LIST_ITEM, ParagraphKind.SUMMARY);

  /** The next step: the quotes to show and the window of sentences shown once they are. */
  record Step(List<Quote> quotes, int[] window) {}

  private Surroundings() {}

  /** The sentence indexes the quote covers, {@code [first, last]}, or null when it is not in the article. */
  static int[] covering(Article article, Quote quote) {
    int first = -1;
    int last = -1;
    for (Sentence s : article.sentences()) {
      if (s.start() < quote.end() && quote.start() < s.end()) {
        first = first < 0 ? s.index() : first;
        last = s.index();
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /**
   * @param window the sentences shown so far, {@code [first, last]}
   * @param shown whether a sentence's text was already shown in the conversation
   * @return null when nothing is left to show
   */
  static Step next(Article article, Quote anchor, int[] window, Predicate<Sentence> shown) {
    List<Sentence> sentences = article.sentences();
    int paragraph = anchor.citation().paragraph();
    int lo = window[0];
    int hi = window[1];
    List<Sentence> taken = new ArrayList<>();
    if (lo > 0 && sentences.get(lo - 1).paragraph() == paragraph) {
      lo--;
      if (!shown.test(sentences.get(lo))) {
        taken.add(sentences.get(lo));
      }
    }
    int after = 0;
    while (after < SENTENCES_AFTER && hi + 1 < sentences.size()) {
      Sentence next = sentences.get(hi + 1);
      boolean inReach = next.paragraph() == paragraph
          || (next.paragraph() == paragraph + 1 && READABLE.contains(article.paragraph(next.paragraph()).kind()));
      if (!inReach) {
        break;
      }
      hi++;
      if (!shown.test(next)) {
        taken.add(next);
        after++;
      }
    }
    if (taken.isEmpty()) {
      return null;
    }
    return new Step(quotes(article, anchor.citation(), taken), new int[] {lo, hi});
  }

  /** Runs of neighbouring sentences of one paragraph, each as one quote. */
  private static List<Quote> quotes(Article article, Citation like, List<Sentence> sentences) {
    List<Sentence> sorted = new ArrayList<>(sentences);
    sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
    List<Quote> out = new ArrayList<>();
    List<Sentence> run = new ArrayList<>();
    for (Sentence s : sorted) {
      if (!run.isEmpty()) {
        Sentence prev = run.get(run.size() - 1);
        if (prev.index() + 1 != s.index() || prev.paragraph() != s.paragraph()) {
          out.add(quote(article, like, run));
          run = new ArrayList<>();
        }
      }
      run.add(s);
    }
    out.add(quote(article, like, run));
    return out;
  }

  private static Quote quote(Article article, Citation like, List<Sentence> run) {
    int start = run.get(0).start();
    int end = run.get(run.size() - 1).end();
    List<Span> spans = new ArrayList<>();
    for (Sentence s : run) {
      spans.add(new Span(s.start() - start, s.end() - start));
    }
    Paragraph p = article.paragraph(run.get(0).paragraph());
    Citation citation = new Citation(like.articleId(), like.articleTitle(), p.number(), like.source());
    return new Quote(article.slice(start, end), citation, start, end, 0, List.of(), spans);
  }
}
