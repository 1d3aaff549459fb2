package io.articlebot.core.conversation;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small article with companies and people, and an answerer that quotes it by keyword, recording what it was asked. */
public final class ConversationFixtures {
  private ConversationFixtures() {}

  public static final Article ARTICLE = ArticleParser.parse("northwind",
      "Northwind Labs is a robotics company in Port Merrow. Its founder, Ada Brennan, started it in 2019. Brennan studied physics in Lyon.\n"
          + "Northwind Labs has not raised outside money. Instead, it pays for research from its own sales. The approach keeps the firm independent.\n"
          + "Orchard Systems, a rival, was founded by Tomas Reyes in 2015. Reyes previously worked at a bank.\n"
          + "The weather in Port Merrow was mild all year.\n",
      "Northwind Labs profile", "Merrow Courier", null, null);

  /** A quote of one sentence of {@link #ARTICLE}, by its index. */
  public static Quote sentence(int index) {
    Sentence s = ARTICLE.sentences().get(index);
    String text = ARTICLE.text(s);
    return new Quote(text, new Citation(ARTICLE.id(), ARTICLE.title(), s.paragraph(), ARTICLE.source()), s.start(), s.end(), 1.0,
        List.of(), List.of(new Span(0, text.length())));
  }

  /**
   * Answers with the sentences that contain the most of the question's longer words (ties in text
   * order), up to three; abstains when none does. Enough to make the conversation's choices visible.
   */
  public static final class KeywordAnswerer implements QuestionAnswerer {
    public final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public Answer answer(Question question) {
      asked.add(question.text());
      List<String> words = new ArrayList<>();
      for (String w : question.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 3 && !List.of("what", "when", "where", "does", "have", "that", "with", "from").contains(w)) {
          words.add(w);
        }
      }
      List<int[]> scored = new ArrayList<>();
      List<Sentence> sentences = ARTICLE.sentences();
      for (Sentence s : sentences) {
        String text = ARTICLE.text(s).toLowerCase(Locale.ROOT);
        int hits = (int) words.stream().filter(text::contains).count();
        if (hits > 0) {
          scored.add(new int[] {s.index(), hits});
        }
      }
      scored.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
      List<Quote> quotes = scored.stream().limit(3).map(x -> sentence(x[0])).toList();
      return quotes.isEmpty() ? Answer.abstain(question, 0.2) : new Answer(question, true, 0.8, quotes);
    }

    public String last() {
      return asked.get(asked.size() - 1);
    }
  }
}
