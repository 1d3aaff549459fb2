package io.articlebot.core.chat;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Citation;
import io.articlebot.core.answer.Question;
import io.articlebot.core.answer.QuestionAnswerer;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import io.articlebot.core.article.Article;
import io.articlebot.core.article.ArticleParser;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny article and answerers that answer from it without ranking, so chat tests control the answer. */
final class ChatFixtures {
  private ChatFixtures() {}

  static final Article ARTICLE = ArticleParser.parse("mini",
      "The library opened on Saturday. It cost $42.5 million.\n"
          + "Mara Okafor designed the building. She won a competition in 2020.\n"
          + "The roof has 1,100 solar panels.\n"
          + "Source: Port Merrow Gazette",
      "Mini library story", null, null, null);

  /** A quote of one whole paragraph, with every sentence and a highlight on its first word. */
  static Quote paragraphQuote(Article article, int number) {
    Paragraph p = article.paragraph(number);
    List<Span> sentences = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      sentences.add(new Span(s.start() - p.start(), s.end() - p.start()));
    }
    String text = article.slice(p.start(), p.end());
    int firstWord = text.indexOf(' ');
    Citation c = new Citation(article.id(), article.title(), number, article.source());
    return new Quote(text, c, p.start(), p.end(), 1.0 / number, List.of(new Span(0, firstWord)), sentences);
  }

  static List<Quote> quotes(int n) {
    List<Quote> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(paragraphQuote(ARTICLE, i));
    }
    return out;
  }

  /** Answers every question with {@code n} quotes (0 = abstain) and counts the calls. */
  static final class StubAnswerer implements QuestionAnswerer {
    final AtomicInteger calls = new AtomicInteger();
    final List<String> questions = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int n;

    StubAnswerer(int n) {
      this.n = n;
    }

    @Override
    public Answer answer(Question question) {
      calls.incrementAndGet();
      questions.add(question.text());
      return n == 0 ? Answer.abstain(question, 0.1) : new Answer(question, true, 0.87, quotes(n));
    }

    @Override
    public void prepare(Question question) {
      prepared.add(question.text());
    }
  }

  /** Keeps what it is given; hashes users visibly so tests can tell them apart. */
  static final class RecordingSink implements FeedbackSink {
    final List<Feedback> records = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void record(Feedback feedback) {
      records.add(feedback);
    }

    @Override
    public String hashUser(ChatUser user) {
      return "hash-of-" + user.platform() + "-" + user.id().length();
    }
  }
}
