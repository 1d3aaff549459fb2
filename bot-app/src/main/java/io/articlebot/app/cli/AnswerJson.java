package io.articlebot.app.cli;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.PassageLink;
import io.articlebot.core.answer.Quote;
import io.articlebot.core.article.Article;
import io.articlebot.core.chat.Reply;
import io.articlebot.core.util.Json;
import java.util.List;
import java.util.Map;

/**
 * One answer as one line of JSON: {@code {"question", "answered", "confidence", "quotes":[{"text",
 * "article", "paragraph", "start", "end", "score", "link"}], "nearest":[...], "reply"}}. {@code
 * start}/{@code end} count Unicode code points into the article file's text, so {@code text} is
 * exactly that slice. An abstention has no quotes; {@code nearest} lists, in the same shape, the
 * passages it would have quoted.
 */
final class AnswerJson {
  private final Map<String, Article> articles;

  AnswerJson(Map<String, Article> articles) {
    this.articles = articles;
  }

  String line(String question, Answer answer, Reply reply) {
    StringBuilder out = new StringBuilder(512);
    out.append("{\"question\":").append(Json.quote(question))
        .append(",\"answered\":").append(answer != null && answer.answered())
        .append(",\"confidence\":").append(Json.number(answer == null ? 0 : answer.confidence()))
        .append(",\"quotes\":");
    quotes(out, answer == null ? List.of() : answer.quotes());
    out.append(",\"nearest\":");
    quotes(out, answer == null ? List.of() : answer.nearest());
    return out.append(",\"reply\":").append(Json.quote(reply.plainText())).append('}').toString();
  }

  private void quotes(StringBuilder out, List<Quote> quotes) {
    out.append('[');
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String text = articles.get(q.citation().articleId()).text();
      int start = text.codePointCount(0, q.start());
      int end = start + text.codePointCount(q.start(), q.end());
      out.append(i == 0 ? "" : ",")
          .append("{\"text\":").append(Json.quote(q.text()))
          .append(",\"article\":").append(Json.quote(q.citation().articleId()))
          .append(",\"paragraph\":").append(q.citation().paragraph())
          .append(",\"start\":").append(start)
          .append(",\"end\":").append(end)
          .append(",\"score\":").append(Json.number(q.score()))
          .append(",\"link\":").append(Json.quote(link(articles.get(q.citation().articleId()), q)))
          .append('}');
    }
    out.append(']');
  }

  /** The page the quote can be read on, jumping to it where the page allows; empty without a URL. */
  private static String link(Article article, Quote q) {
    if (!article.url().matches("(?i)^https?://.*")) {
      return "";
    }
    return article.origin().format().supportsTextFragments() ? PassageLink.to(article.url(), q.text()) : article.url();
  }
}
